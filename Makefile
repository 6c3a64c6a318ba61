# Cloudfall: the two commands a newcomer needs are `make serve` and `make test`.
# Each installs whatever is missing first (.ci/ensure-tools), and is fast when everything is there.

SHELL := /bin/bash
export PATH := $(CURDIR)/.tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
ADDRESS ?= 127.0.0.1
PORT ?= 8080

## snapshot: the pictures and text the page shows without JavaScript and the link preview (static/snapshot/, index.html)
snapshot:
	cargo run -q -p cloudfall-cli -- snapshot --out static/snapshot --page index.html

.PHONY: snapshot split serve test tools tools-build dist lint test-native test-browser test-e2e size bench clean validate fuzz audit

# The release wasm (both binaries) links a std compiled for size, with panics that stop at once instead of formatting
# a message (issue 19's weight: -25 KB gzip for the app, -19 KB for the embed's story binary, measured 2026-12-01).
# Cargo's build-std needs the toolchain's own std sources (rust-src, which .ci/ensure-tools adds) and, on the pinned
# stable toolchain, RUSTC_BOOTSTRAP for its -Z options; nothing else is built this way (tests, lints and the CLI).
SIZE_STD = RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"

## serve: install what is missing, build, and serve the app at http://127.0.0.1:8080/
serve: tools-build split snapshot
	$(SIZE_STD) trunk serve --release --offline --no-autoreload=true --address $(ADDRESS) --port $(PORT)

## test: install what is missing, then run everything CI runs: format, lints, native, browser and end-to-end tests, size
test: tools lint test-native test-browser dist size test-e2e
	@echo "make test: all checks passed"

tools:
	@.ci/ensure-tools test

tools-build:
	@.ci/ensure-tools build

## dist: the release build, size-optimised (opt-level z, LTO, wasm-opt -Oz). With PUBLIC_URL=https://host/path/ (the
## address it will be published at) it also writes dist/oembed.json and its discovery link, and makes the link
## preview's og:image/twitter:image absolute in dist/index.html (oEmbed and Open Graph ask for absolute URLs).
dist: tools-build split snapshot
	$(SIZE_STD) trunk build --release --offline
	@if [ -n "$(PUBLIC_URL)" ]; then node .ci/publish-url.mjs "$(PUBLIC_URL)"; fi
	@if [ -n "$(PUBLIC_URL)" ]; then cargo run -q -p cloudfall-cli -- snapshot --out dist/snapshot --page dist/index.html --public-url "$(PUBLIC_URL)"; fi

## split: write the first load's data (static/data/cloudfall.core.json and cloudfall.details.<hash>.json) from the
## full file editors edit, static/data/cloudfall.json; serve and dist run it, so they always ship current files
split:
	cargo run -q -p cloudfall-cli -- split static/data/cloudfall.json --out static/data

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p cloudfall --target wasm32-unknown-unknown --all-targets -- -D warnings

test-native:
	cargo test --workspace

test-browser:
	cargo test -p cloudfall --target wasm32-unknown-unknown

test-e2e:
	cd tests/e2e && npm test

size:
	cargo run -q -p cloudfall-cli -- split static/data/cloudfall.json --out dist/data --check
	@.ci/check-size

## zip: the built site as target/cloudfall-offline.zip, for a school's own server or a USB key (issue 17). Inside,
## README.txt and LISEZMOI.txt say how to open it: a static server, since browsers refuse wasm from file://
.PHONY: zip
zip: dist
	python3 .ci/offline-zip.py dist target/cloudfall-offline.zip

## bench: sizes and timings of the release build in headless Chromium (not a test: timings are noisy)
bench: tools dist
	@.ci/check-size || true
	cargo run -q --release -p cloudfall-cli -- bench
	cd tests/e2e && node bench.mjs

## fuzz: the hostile-input tests with a long budget of random files and mutations (make test runs 64 of each)
fuzz:
	FUZZ_CASES=$${FUZZ_CASES:-20000} cargo test --release -p cloudfall-model --test hostile -- --nocapture

clean:
	cargo clean
	rm -rf dist

## validate: check static/data/cloudfall.json and list every problem with its place in the file
validate:
	cargo run -q -p cloudfall-cli -- validate static/data/cloudfall.json

## audit: the data's health (evidence by kind and age, copies, unknown services) and its hard lines; exit 1 if one is broken
audit:
	cargo run -q -p cloudfall-cli -- audit static/data/cloudfall.json
