from gzmap.cli import main

raise SystemExit(main())
