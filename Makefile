# hccreport — set-up and everyday commands. `make demo` and `make test` install what they need.
SWIFT      ?= swift
APT_PKGS   := pkg-config libcairo2-dev libpango1.0-dev libharfbuzz-dev libdeflate-dev libfontconfig-dev poppler-utils qpdf zbar-tools mupdf-tools ghostscript dcmtk \
              dicom3tools python3-venv libssl-dev liblcms2-dev
# Python validators of the chart documents (pydicom, fhir.resources), in a venv of their own.
VALIDATORS := .build/validators
OUT        ?= reports/demo
JOBS       ?=

.PHONY: deps validators build release demo test bench fuzz clean

# Install the system libraries (Cairo, Pango, fontconfig) and the PDF checkers the tests use,
# only when one is missing. Needs root or sudo on Debian/Ubuntu.
deps:
	@missing=""; for p in $(APT_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

# pydicom and fhir.resources (its FHIR R4B models) judge the DICOM and FHIR files in the tests;
# pikepdf (qpdf's parser) and fontTools read the PDFs and their fonts for the PDF/A clause checks,
# the page audit and the tagging checks; pypdf (strict) is one more parser of the reports;
# pdfminer.six reads the text of each marked-content sequence of a tagged PDF; scikit-learn and
# scipy recompute the synthetic cohort's AUCs (Tests/ScoringTests/Fixtures/synthetic_cohort_aucs.py).
validators:
	@$(VALIDATORS)/bin/python3 -c "import pydicom, fhir.resources.R4B, pikepdf, pypdf, fontTools, pdfminer, sklearn, scipy" 2>/dev/null || { \
	  python3 -m venv $(VALIDATORS) && $(VALIDATORS)/bin/pip install -q "pydicom>=3,<4" "fhir.resources>=8,<9" \
	    "pikepdf==10.17.0" "pypdf==7.1.0" "fonttools==4.68.0" "pdfminer.six==20260107" \
	    "scikit-learn==1.7.2" "scipy==1.17.1" "numpy==2.4.6"; }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# Render the bundled example batch with the bundled (synthetic) reference cohort.
demo: release
	$$($(SWIFT) build -c release --show-bin-path)/hccreport demo -o $(OUT)

test: deps validators
	$(SWIFT) test

# Benchmark of the release build: seeded synthetic batches of 100 and 2,000 patients rendered with
# --jobs 1 and all cores (reports/s, ms per report, peak RSS, mean PDF size), and `score` on 10,000
# files. Needs python3 (case generator) and GNU time (installed here when missing).
bench: release
	@[ -x /usr/bin/time ] || { SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq time; }
	scripts/bench/bench.sh $$($(SWIFT) build -c release --show-bin-path)/hccreport

# libFuzzer over the case reader for FUZZ_SECONDS (a separate package in Fuzz/, so the normal build
# never sees the fuzzer flags). New inputs go to Fuzz/.build/new-corpus; crashes to Fuzz/.build/.
FUZZ_SECONDS ?= 60
fuzz:
	cd Fuzz && $(SWIFT) build -c release -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address -Xswiftc -use-ld=lld
	mkdir -p Fuzz/.build/new-corpus
	cd Fuzz/.build && ./release/CaseReaderFuzzer -max_total_time=$(FUZZ_SECONDS) -timeout=5 -rss_limit_mb=2048 -max_len=65536 \
	  -print_final_stats=1 new-corpus ../corpus/case-reader
	mkdir -p Fuzz/.build/new-corpus-spreadsheet
	# Leak checks off here: the toolchain's FoundationXML leaks the error object of every XML parse error.
	cd Fuzz/.build && ./release/SpreadsheetReaderFuzzer -max_total_time=$(FUZZ_SECONDS) -timeout=5 -rss_limit_mb=2048 -max_len=65536 -detect_leaks=0 \
	  -print_final_stats=1 new-corpus-spreadsheet ../corpus/spreadsheet-reader
	mkdir -p Fuzz/.build/new-corpus-dose-report
	cd Fuzz/.build && ./release/DoseReportReaderFuzzer -max_total_time=$(FUZZ_SECONDS) -timeout=5 -rss_limit_mb=2048 -max_len=65536 \
	  -print_final_stats=1 new-corpus-dose-report ../corpus/dose-report-reader

clean:
	rm -rf .build reports
