"""One module per `refnorm` subcommand: each defines ``add_parser(subparsers)`` and ``run(args) -> int``."""
