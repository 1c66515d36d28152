// Package wa builds the web components of Web Awesome
// (https://webawesome.com) 3.14.0, the MIT core: buttons, inputs, selects,
// sliders, dialogs, drawers, tabs, trees and some seventy others, each a
// custom element named wa-... that renders and behaves by itself in the
// browser. A page author builds them like any element:
//
//	save := wa.Button(jp.Text("Save"), wa.Variant("brand"), wa.Pill())
//
// is <wa-button variant="brand" pill>Save</wa-button>, and takes the
// options of package jp too (jp.Classes, jp.On, jp.In, ...).
//
// The constructors and options are generated (internal/gen/wa) from the
// library's Custom Elements Manifest, custom-elements.json; each one's doc
// comment says which components take it and quotes the manifest.
//
// # Loading the library
//
// A page that shows a wa element needs Web Awesome in the browser: its
// theme stylesheet (dist-cdn/styles/webawesome.css) and its loader
// (dist-cdn/webawesome.loader.js), which defines each component the first
// time the page has one. JustGo links both when a page shows an element
// whose tag begins with "wa-", at first paint or in an update. With
// NO_INTERNET (the default) they come from the App's copy of the library,
// which `justgo assets` fetches (`make assets` in JustGo's checkout) and
// jp.WithAssets embeds, served under /_jp/lib/@awesome.me/webawesome@3.14.0/;
// without a copy, or with NO_INTERNET=False, pages link the CDN.
//
// # Names
//
// A constructor is its tag without "wa-", in CamelCase, initialisms in
// capitals: wa-tab-group is TabGroup, wa-qr-code QRCode, wa-otp-input
// OTPInput. An option is an attribute, named the same way: max-tags is
// MaxTags. Where that name is a constructor's, or an option's of package
// jp that sets something else, the option has the suffix Attr: wa-tooltip
// is Tooltip and the attribute tooltip TooltipAttr; likewise AnimationAttr,
// PageAttr, PaginationAttr, StepAttr and AttrAttr (the attribute attr of
// wa-mutation-observer, which wa.Attr would read as jp.Attr).
//
// A boolean attribute's option takes nothing and sets it (wa.Pill()); a
// numeric one's takes a float64 (wa.MaxTags(3)); the others take the string
// to set, also where a component takes a number or a keyword in it
// (wa.Size("small"), wa.Max("10")). Attributes that jp already sets on any
// element have no option here: jp.Name, jp.Type, jp.Placeholder, jp.Href,
// jp.Src, jp.ID; nor have dir, lang and title. A component's value and
// checked state are jp.Value and jp.Checked, as for native inputs. Options
// for other attributes: jp.Attr.
//
// # Controls
//
// The components that hold what the person chose are controls: their
// constructor declares which of their DOM properties hold it and after
// which of their events the browser reports it (see each constructor's
// doc). The server then keeps the element up to date, as it does an
// input, and a handler of any of the element's events reads it:
//
//   - msg.Value and el.Value: the value of wa-input, wa-textarea,
//     wa-number-input, wa-color-picker, wa-time-input, wa-known-date,
//     wa-otp-input, wa-radio-group and wa-select; of wa-slider and
//     wa-rating a number, as text (el.Number converts it);
//   - msg.Checked and el.Checked: the checked state of wa-checkbox and
//     wa-switch;
//   - msg.Values: the values of a wa-select with Multiple and the tags of
//     a wa-tag-input, which el.Prop("value") holds too;
//   - el.Prop("open") of wa-dialog, wa-drawer, wa-details, wa-dropdown,
//     wa-popover and wa-tooltip, once they have finished opening or
//     closing (wa-after-show, wa-after-hide), and el.Prop("active"), the
//     panel a wa-tab-group shows, after wa-tab-show.
//
// Setting el.Value or el.Checked in a handler changes the component in the
// browser; a property is set with el.SetProp (dlg.SetProp("open", true)
// opens a dialog) and a method called with el.Call.
//
// # Example
//
//	greeting := wa.Callout(wa.Variant("brand"))
//	name := wa.Input(wa.Label("Name"), jp.Placeholder("Ada"), wa.WithClear())
//	name.On("input", func(self *jp.Element, msg *jp.Msg) error {
//		greeting.Text = "Hello, " + msg.Value
//		return nil
//	})
//	done := wa.Dialog(wa.Label("Saved"), jp.Text("Your changes are saved."))
//	save := wa.Button(jp.Text("Save"), wa.Variant("brand"))
//	save.On("click", func(self *jp.Element, msg *jp.Msg) error {
//		done.SetProp("open", true)
//		return nil
//	})
//	size := wa.Select(wa.Label("Sizes"), wa.Multiple(),
//		wa.Option(jp.Text("Small"), jp.Value("s")),
//		wa.Option(jp.Text("Large"), jp.Value("l")),
//	)
//	size.On("change", func(self *jp.Element, msg *jp.Msg) error {
//		greeting.Text = strings.Join(msg.Values, ", ") // "s, l"
//		return nil
//	})
//
// Tags maps each tag to its constructor, for code that builds elements by
// tag name, such as an HTML parser.
package wa

//go:generate go run ../internal/gen/wa
