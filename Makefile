# vigie - thin wrapper over meson/ninja.  The two commands of the README:
#   make demo    install what is missing, build, run the main job on sample data
#   make test    install what is missing, build, run the whole test suite
# Other targets: build, bench, eval, fuzz, install, clean.

BUILD ?= build
VIGIE = $(BUILD)/cli/vigie
DEMO_DB ?= vigie-sample.db

.PHONY: all deps build demo test bench eval fuzz install clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD)/build.ninja:
	meson setup $(BUILD) --buildtype=release

build: deps $(BUILD)/build.ninja
	ninja -C $(BUILD)

demo: build
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(VIGIE) analyze --db $(DEMO_DB)

test: deps
	scripts/test.sh

bench: build
	@scripts/install-deps.sh --all
	scripts/bench.sh

eval: build
	@scripts/install-deps.sh --all
	scripts/eval.sh

fuzz: deps
	FUZZ_SECONDS=$${FUZZ_SECONDS:-60} scripts/test.sh

install: build
	meson install -C $(BUILD)

clean:
	rm -rf $(BUILD) build-asan build-fuzz
