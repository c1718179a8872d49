# The README's two commands: `make` runs the main job on seeds/ (ingest, then reports with charts),
# `make test` runs the tests. Both install the Debian packages the build and the charts need first.
.PHONY: all run test packages

all: run

packages:
	@scripts/install-packages

run: packages
	swift run tally

test: packages
	swift build
	swift test
