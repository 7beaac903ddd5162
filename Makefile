# hccreport — set-up and everyday commands. `make demo` and `make test` install what they need.
SWIFT      ?= swift
APT_PKGS   := pkg-config libcairo2-dev libpango1.0-dev libfontconfig-dev poppler-utils qpdf zbar-tools
OUT        ?= reports/demo
JOBS       ?=

.PHONY: deps build release demo test bench fuzz clean

# Install the system libraries (Cairo, Pango, fontconfig) and the PDF checkers the tests use,
# only when one is missing. Needs root or sudo on Debian/Ubuntu.
deps:
	@missing=""; for p in $(APT_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# Render the bundled example batch with the bundled (synthetic) reference cohort.
demo: release
	$$($(SWIFT) build -c release --show-bin-path)/hccreport demo -o $(OUT)

test: deps
	$(SWIFT) test

clean:
	rm -rf .build reports
