# SPDX-License-Identifier: GPL-3.0-or-later
# EvidenceDesk: a thin wrapper over CMake. Every target first installs the Debian packages the build
# needs if any is missing (apt-get as root, sudo otherwise): a fresh machine has none of them.
#   make          build into build/ (executables in build/bin/)
#   make run      the main job: the window on the bundled demo review (without a display: the CLI
#                 analysis of the bundled BCG example)
#   make test     build and run every test (CTest, headless)
#   make bench    build and run the benchmark
#   make sanitize-test   libsynth's tests under AddressSanitizer + UndefinedBehaviorSanitizer (no Qt needed)
# Variables: BUILD=dir, BUILD_TYPE=Release, WERROR=ON|OFF, JOBS=n.

BUILD      ?= build
BUILD_TYPE ?= Release
WERROR     ?= OFF
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
ASAN_BUILD ?= build-asan

PACKAGES := cmake g++ make ccache qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools \
            libqt6sql6-sqlite libsqlite3-dev qt6-qpa-plugins libboost-math-dev qt6-translations-l10n xvfb xauth imagemagick poppler-utils

# The engine alone (make sanitize-test) needs no Qt: a compiler, CMake and Boost.Math.
SYNTH_PACKAGES := cmake g++ make ccache libboost-math-dev

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps deps-synth configure build run test bench sanitize-test clean format

all: build

deps: PACKAGES_NEEDED = $(PACKAGES)
deps-synth: PACKAGES_NEEDED = $(SYNTH_PACKAGES)
deps deps-synth:
	@missing=""; for p in $(PACKAGES_NEEDED); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing packages:$$missing"; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DEVIDENCEDESK_WERROR=$(WERROR) > $(BUILD).configure.log 2>&1 \
	  || { cat $(BUILD).configure.log; exit 1; }

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: configure
	@cmake --build $(BUILD) -j $(JOBS) > $(BUILD).build.log 2>&1 || { cat $(BUILD).build.log; exit 1; }
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  $(BUILD)/bin/evidencedesk; \
	else \
	  echo "No display here, so no window: the analysis of the bundled BCG example instead."; \
	  echo "(With a display, 'make run' opens EvidenceDesk on its demo review.)"; echo; \
	  $(BUILD)/bin/evidencedesk-cli analyze resources/examples/bcg.csv --measure RR; \
	fi

test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

bench: configure
	cmake --build $(BUILD) -j $(JOBS) --target bench_synth bench_store bench_cli bench_ui
	$(BUILD)/bin/bench_synth
	@echo
	$(BUILD)/bin/bench_store
	@echo
	$(BUILD)/bin/bench_cli
	@echo
	$(BUILD)/bin/bench_ui

# The engine-only configuration: libsynth, its tests (plain C++) and its benchmark; Qt is never looked for.
sanitize-test: deps-synth
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEVIDENCEDESK_SANITIZE=ON \
	  -DEVIDENCEDESK_SYNTH_ONLY=ON -DEVIDENCEDESK_WERROR=$(WERROR) > $(ASAN_BUILD).configure.log 2>&1 \
	  || { cat $(ASAN_BUILD).configure.log; exit 1; }
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -L synth -j $(JOBS)

format:
	find libsynth app ui tests -name '*.cpp' -o -name '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(BUILD).configure.log $(BUILD).build.log $(ASAN_BUILD).configure.log
