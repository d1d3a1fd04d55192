from refnorm.cli import main

raise SystemExit(main())
