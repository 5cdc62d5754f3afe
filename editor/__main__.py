import sys

from editor.cli import main

# Guarded: worker processes started with spawn/forkserver re-import this module.
if __name__ == "__main__":
    sys.exit(main())
