package wa

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/justgo/justgo/component"
)

// manifestPath is Web Awesome's manifest, which `make assets` fetches.
var manifestPath = filepath.Join("..", "static", "local", "@awesome.me", "webawesome@3.14.0", "dist-cdn", "custom-elements.json")

type manifestElement struct {
	TagName    string `json:"tagName"`
	Attributes []struct {
		Name      string `json:"name"`
		FieldName string `json:"fieldName"`
	} `json:"attributes"`
	Members []struct {
		Kind    string `json:"kind"`
		Name    string `json:"name"`
		Privacy string `json:"privacy"`
		Static  bool   `json:"static"`
		Type    *struct {
			Text string `json:"text"`
		} `json:"type"`
	} `json:"members"`
	Events []struct {
		Name string `json:"name"`
	} `json:"events"`
}

// loadManifest reads the manifest's custom elements by tag; without the
// file the test is skipped, except in CI, which fetches it.
func loadManifest(t *testing.T) map[string]*manifestElement {
	t.Helper()
	src, err := os.ReadFile(manifestPath)
	if errors.Is(err, fs.ErrNotExist) && os.Getenv("CI") != "true" {
		t.Skipf("no %s: make assets fetches it", manifestPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Modules []struct {
			Declarations []struct {
				CustomElement bool `json:"customElement"`
				manifestElement
			} `json:"declarations"`
		} `json:"modules"`
	}
	if err := json.Unmarshal(src, &m); err != nil {
		t.Fatal(err)
	}
	out := map[string]*manifestElement{}
	for _, mod := range m.Modules {
		for _, d := range mod.Declarations {
			if d.CustomElement {
				out[d.TagName] = &d.manifestElement
			}
		}
	}
	return out
}

// The components declared controls, as the constructors make them.
var wantControls = []string{
	"wa-checkbox", "wa-color-picker", "wa-details", "wa-dialog", "wa-drawer", "wa-dropdown",
	"wa-input", "wa-known-date", "wa-number-input", "wa-otp-input", "wa-popover", "wa-radio-group",
	"wa-rating", "wa-select", "wa-slider", "wa-switch", "wa-tab-group", "wa-tag-input",
	"wa-textarea", "wa-time-input", "wa-tooltip",
}

// A declaration is a control declaration a constructor or option applies.
type declaration struct {
	tag string
	c   *component.Control
}

// declared lists the declarations, by a name for messages.
func declared(t *testing.T) map[string]declaration {
	t.Helper()
	out := map[string]declaration{}
	var tags []string
	for tag, mk := range Tags {
		if c := mk().Control; c != nil {
			tags = append(tags, tag)
			out[tag] = declaration{tag, c}
		}
	}
	slices.Sort(tags)
	if !slices.Equal(tags, wantControls) {
		t.Errorf("the controls are %v, want %v", tags, wantControls)
	}
	out["wa-select with Multiple"] = declaration{"wa-select", Select(Multiple()).Control}
	return out
}

// Every declared control names events its component fires and properties
// it has, as Web Awesome's manifest lists them.
func TestControlsMatchTheManifest(t *testing.T) {
	m := loadManifest(t)
	for name, d := range declared(t) {
		el := m[d.tag]
		if el == nil {
			t.Errorf("%s: not in the manifest", name)
			continue
		}
		c := d.c
		if len(c.Events) == 0 {
			t.Errorf("%s: no events", name)
		}
		for _, e := range c.Events {
			if !hasEvent(el, e) {
				t.Errorf("%s: the manifest lists no event %q", name, e)
			}
		}
		props := slices.Clone(c.Props)
		if c.Value != "" {
			props = append(props, c.Value)
		}
		if c.Checked != "" {
			props = append(props, c.Checked)
		}
		if len(props) == 0 {
			t.Errorf("%s: reports nothing", name)
		}
		for _, p := range props {
			if !hasProperty(el, p) {
				t.Errorf("%s: the manifest lists no property %q", name, p)
			}
		}
		if c.Number {
			if typ := memberType(el, c.Value); typ != "number" {
				t.Errorf("%s: Number, but the manifest's %s is %q", name, c.Value, typ)
			}
		}
		if c.Multiple && c.Value == "" {
			t.Errorf("%s: Multiple without Value", name)
		}
	}
}

func hasEvent(el *manifestElement, name string) bool {
	for _, e := range el.Events {
		if e.Name == name {
			return true
		}
	}
	return false
}

func hasProperty(el *manifestElement, name string) bool {
	for _, a := range el.Attributes {
		if a.FieldName == name {
			return true
		}
	}
	for _, m := range el.Members {
		if m.Kind == "field" && m.Name == name && !m.Static && m.Privacy != "private" && m.Privacy != "protected" {
			return true
		}
	}
	return false
}

func memberType(el *manifestElement, name string) string {
	for _, m := range el.Members {
		if m.Kind == "field" && m.Name == name && m.Type != nil {
			return m.Type.Text
		}
	}
	return ""
}

// Multiple switches a select's declaration only, and after the
// constructor's; the attribute is set on any element.
func TestMultiple(t *testing.T) {
	sel := Select(Multiple())
	if _, ok := sel.Attrs["multiple"]; !ok || sel.Control != selectMultipleControl {
		t.Errorf("Select(Multiple()): attrs %v, control %+v", sel.Attrs, sel.Control)
	}
	if !sel.Control.Multiple || selectControl.Multiple {
		t.Error("the multiple declaration is not the multiple one")
	}
	if in := Input(Multiple()); in.Control != inputControl || in.Attrs["multiple"] != "" {
		t.Errorf("Input(Multiple()): control %+v", in.Control)
	}
	if b := Button(Multiple()); b.Control != nil {
		t.Errorf("Button(Multiple()) became a control: %+v", b.Control)
	}
}

// Each constructor makes its tag; the options set their attributes as
// HTML reads them.
func TestConstructorsAndOptions(t *testing.T) {
	if len(Tags) < 50 {
		t.Errorf("only %d tags", len(Tags))
	}
	for tag, mk := range Tags {
		if !strings.HasPrefix(tag, "wa-") {
			t.Errorf("tag %q", tag)
		}
		if got := mk().Tag(); got != tag {
			t.Errorf("Tags[%q] makes %q", tag, got)
		}
	}
	b := Button(Variant("brand"), Pill(), Size("small"))
	want := map[string]string{"variant": "brand", "pill": "", "size": "small"}
	for k, v := range want {
		if got, ok := b.Attrs[k]; !ok || got != v {
			t.Errorf("attribute %s = %q, %v; want %q", k, got, ok, v)
		}
	}
	if got := TagInput(MaxTags(3)).Attr("max-tags"); got != "3" {
		t.Errorf("MaxTags(3) = %q", got)
	}
	if got := Slider(StepAttr("any")).Attr("step"); got != "any" {
		t.Errorf("StepAttr(\"any\") = %q", got) // Step is wa-step
	}
	if got := Carousel(CurrentSlide(2)).Attr("currentslide"); got != "2" {
		t.Errorf("CurrentSlide(2) = %q (HTML reads attribute names in lower case)", got)
	}
	// A user option runs after the constructor's declaration.
	custom := &component.Control{Value: "value", Events: []string{"change"}}
	if got := Input(component.AsControl(custom)).Control; got != custom {
		t.Error("an option could not replace the declaration")
	}
}
