# JustGo's tasks. `make run` starts the session example on
# http://127.0.0.1:8000; `make test` runs every test.

GO        ?= go
TAILWIND  := static/local/tailwind.min.css static/local/tailwind-dark.min.css
ANIMATE   := static/local/animate.min.css
FONTAWESOME := static/local/fontawesome/css/all.min.css
FUZZTIME  ?= 5s

.PHONY: run login assets test unit e2e fuzz bench check generate clean

run: assets-if-npm
	$(GO) run ./examples/session

login: assets-if-npm
	$(GO) run ./examples/login

# Tailwind 2's and animate.css's stylesheets from the npm registry, kept
# out of git; the binary embeds them when present and links the CDN
# otherwise.
assets: $(TAILWIND) $(ANIMATE) $(FONTAWESOME)

$(TAILWIND):
	@tmp=$$(mktemp -d) && \
	  (cd $$tmp && npm pack --silent tailwindcss@2.2.19 >/dev/null && \
	   tar -xzf tailwindcss-2.2.19.tgz package/dist/$(@F)) && \
	  cp $$tmp/package/dist/$(@F) $@ && rm -rf $$tmp && \
	  echo "fetched $@"

$(ANIMATE):
	@tmp=$$(mktemp -d) && \
	  (cd $$tmp && npm pack --silent animate.css@3.7.0 >/dev/null && \
	   tar -xzf animate.css-3.7.0.tgz package/$(@F)) && \
	  cp $$tmp/package/$(@F) $@ && rm -rf $$tmp && \
	  echo "fetched $@"

# Font Awesome 5's stylesheet and its woff2 fonts (what every browser
# JustGo supports reads), in the layout the stylesheet expects.
$(FONTAWESOME):
	@tmp=$$(mktemp -d) && \
	  (cd $$tmp && npm pack --silent @fortawesome/fontawesome-free@5.9.0 >/dev/null && \
	   tar -xzf fortawesome-fontawesome-free-5.9.0.tgz package/css/all.min.css package/webfonts) && \
	  mkdir -p static/local/fontawesome/css static/local/fontawesome/webfonts && \
	  cp $$tmp/package/webfonts/*.woff2 static/local/fontawesome/webfonts/ && \
	  cp $$tmp/package/css/all.min.css $@ && rm -rf $$tmp && \
	  echo "fetched $@"

.PHONY: assets-if-npm
assets-if-npm:
	@if command -v npm >/dev/null 2>&1; then $(MAKE) --no-print-directory assets || echo "make assets failed: pages will link Tailwind's CDN"; \
	 else echo "no npm: pages will link Tailwind's CDN"; fi

test: check unit fuzz e2e

# gofmt, go vet and staticcheck over both modules; and what is generated
# from internal/wire (the client's constants) and its golden messages are
# up to date with it.
check:
	@out=$$(gofmt -l . ); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	cd e2e && $(GO) vet ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...
	cd e2e && $(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...
	$(GO) test -count=1 ./internal/gen/wirejs ./internal/wire/...

unit:
	$(GO) test -race -count=1 ./...
	$(GO) test -run '^$$' -bench . -benchtime 1x ./...

fuzz:
	$(GO) test -run '^$$' -fuzz FuzzParseHTML -fuzztime $(FUZZTIME) ./htmlparse
	$(GO) test -run '^$$' -fuzz FuzzDecode -fuzztime $(FUZZTIME) ./transport

e2e:
	cd e2e && $(GO) test -count=1 -timeout 15m ./...

# The tag constructors (internal/gen/tags) and the client's wire constants
# (internal/gen/wirejs); then `go test ./internal/wire -run Golden -update`
# if the messages changed on purpose.
generate:
	$(GO) generate ./...

clean:
	rm -rf $(TAILWIND) $(ANIMATE) static/local/fontawesome
