# JustGo's tasks. `make run` starts the session example on
# http://127.0.0.1:8000; `make test` runs every test.

GO        ?= go
FUZZTIME  ?= 5s

.PHONY: run login assets test unit e2e fuzz bench check generate clean

run: assets-or-cdn
	$(GO) run ./examples/session

login: assets-or-cdn
	$(GO) run ./examples/login

# The browser libraries pages link (Tailwind, animate.css, Font Awesome, Web
# Awesome, ECharts, AG Grid, KaTeX), from the npm registry at their pinned
# versions, kept out of git; the binary embeds them when present and pages
# link the CDN otherwise. An app in its own module runs the same command
# (see cmd/justgo). Tarballs are cached, so that running it again is quick.
assets:
	$(GO) run ./cmd/justgo assets -dir static/local

.PHONY: assets-or-cdn
assets-or-cdn:
	@$(MAKE) --no-print-directory assets || echo "make assets failed: pages will link the CDNs"

test: check unit fuzz e2e

# gofmt, go vet and staticcheck over both modules; and what is generated
# from internal/wire (the client's constants) and its golden messages are
# up to date with it.
check:
	@out=$$(gofmt -l . ); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	cd e2e && $(GO) vet ./...
	cd examples/dashboard && $(GO) vet ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...
	cd e2e && $(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...
	cd examples/dashboard && $(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...
	$(GO) test -count=1 ./internal/gen/wirejs ./internal/gen/facadedoc ./internal/wire/...

unit:
	$(GO) test -race -count=1 ./...
	$(GO) test -count=1 -run TestAllocationBudgets ./page
	cd examples/dashboard && $(GO) test -race -count=1 ./...
	$(GO) test -run '^$$' -bench . -benchtime 1x ./...

fuzz:
	$(GO) test -run '^$$' -fuzz FuzzParseHTML -fuzztime $(FUZZTIME) ./htmlparse
	$(GO) test -run '^$$' -fuzz FuzzDecode -fuzztime $(FUZZTIME) ./transport
	$(GO) test -run '^$$' -fuzz FuzzMarshalPatch -fuzztime $(FUZZTIME) ./internal/wire

e2e:
	cd e2e && $(GO) test -count=1 -timeout 20m ./...

# The Go benchmarks of the working tree against BENCHBASE (the commit
# before), run in turn COUNT times so that both see the same machine, and
# compared by benchstat. BENCH picks benchmarks, BENCHPKGS packages.
BENCH     ?= .
BENCHPKGS ?= ./page ./component ./chart ./grid
BENCHBASE ?= HEAD~1
COUNT     ?= 6
BENCHDIR  := $(shell mktemp -u /tmp/justgo-bench-XXXXXX)
bench:
	git worktree add -q --detach $(BENCHDIR) $(BENCHBASE)
	@set -e; trap 'git worktree remove --force $(BENCHDIR)' EXIT; \
	for i in $$(seq $(COUNT)); do \
	  (cd $(BENCHDIR) && $(GO) test -run '^$$' -bench '$(BENCH)' -count 1 $(BENCHPKGS)) >> $(BENCHDIR).old; \
	  $(GO) test -run '^$$' -bench '$(BENCH)' -count 1 $(BENCHPKGS) >> $(BENCHDIR).new; \
	done; \
	$(GO) run golang.org/x/perf/cmd/benchstat@v0.0.0-20260908200009-22c9c6c9d4da old=$(BENCHDIR).old new=$(BENCHDIR).new; \
	rm -f $(BENCHDIR).old $(BENCHDIR).new

# The tag constructors (internal/gen/tags) and the client's wire constants
# (internal/gen/wirejs); then `go test ./internal/wire -run Golden -update`
# if the messages changed on purpose.
generate:
	$(GO) generate ./...

clean:
	find static/local -mindepth 1 -not -name .gitkeep -delete
