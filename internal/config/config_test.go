package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// The justpy.env example from JustPy's sessions documentation.
const seedEnv = `SESSIONS = True
SESSION_COOKIE_NAME = "my_cookie_name"
COOKIE_MAX_AGE = 108000
SECRET_KEY = "my_very_secret_key_that_only_I_know"
`

func noEnv(string) (string, bool) { return "", false }

func TestSeedFile(t *testing.T) {
	vals, err := ParseEnv(strings.NewReader(seedEnv))
	if err != nil {
		t.Fatal(err)
	}
	c, err := FromMap(vals, noEnv)
	if err != nil {
		t.Fatal(err)
	}
	if !c.Sessions || c.SessionCookieName != "my_cookie_name" ||
		c.CookieMaxAge != 108000*time.Second || c.SecretKey != "my_very_secret_key_that_only_I_know" {
		t.Errorf("got %+v", c)
	}
	if c.Host != "127.0.0.1" || c.Port != 8000 {
		t.Errorf("defaults lost: %s", c.Addr())
	}
}

func TestDefaults(t *testing.T) {
	c, err := FromMap(nil, noEnv)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c, Default()) {
		t.Errorf("got %+v", c)
	}
	if c.CookieMaxAge != 604800*time.Second || c.SessionCookieName != "jp_token" || !c.Sessions {
		t.Errorf("JustPy's defaults: %+v", c)
	}
}

func TestEnvironmentOverridesFile(t *testing.T) {
	env := map[string]string{"PORT": "9001", "SESSIONS": "false", "MAX_UPLOAD_BYTES": "4096"}
	c, err := FromMap(map[string]string{"PORT": "8500", "SESSIONS": "True", "HOST": "0.0.0.0", "MAX_UPLOAD_FILE_BYTES": "1024"},
		func(k string) (string, bool) { v, ok := env[k]; return v, ok })
	if err != nil {
		t.Fatal(err)
	}
	if c.Port != 9001 || c.Sessions || c.Host != "0.0.0.0" || c.MaxUploadFileBytes != 1024 || c.MaxUploadBytes != 4096 {
		t.Errorf("got %+v", c)
	}
}

func TestBooleanSpellings(t *testing.T) {
	for in, want := range map[string]bool{"True": true, "False": false, "true": true, "false": false, "1": true, "0": false} {
		got, err := ParseBool(in)
		if err != nil || got != want {
			t.Errorf("ParseBool(%q) = %v, %v", in, got, err)
		}
	}
}

func TestBadValuesNameTheKey(t *testing.T) {
	for key, val := range map[string]string{"SESSIONS": "maybe", "PORT": "eighty", "COOKIE_MAX_AGE": "-1", "DEBUG": "", "PAGE_TIMEOUT": "0",
		"STATIC_MOUNT": "static", "WEBSOCKETS": "sometimes", "NO_INTERNET": "2", "MAX_UPLOAD_BYTES": "0", "MAX_UPLOAD_FILE_BYTES": "1MB", "MAX_UPLOAD_DISK_BYTES": "-5"} {
		_, err := FromMap(map[string]string{key: val}, noEnv)
		if err == nil || !strings.Contains(err.Error(), key) {
			t.Errorf("%s=%q: error %v should name the key", key, val, err)
		}
	}
}

func TestLoadReadsWorkingDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, FileName), []byte(seedEnv), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	t.Setenv("SECRET_KEY", "from-env")
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if c.SessionCookieName != "my_cookie_name" || c.SecretKey != "from-env" {
		t.Errorf("got %+v", c)
	}
}

// justpy.env is read as JustPy reads it: nothing is expanded, so a $ in a
// SECRET_KEY stays (godotenv made "a1$B2c3xyz" "a1c3xyz").
func TestEnvFileIsReadLiterally(t *testing.T) {
	const file = "\ufeff# a comment\n" +
		"SECRET_KEY = a1$B2c3xyz\n" +
		"\n" +
		"   \n" +
		"  # an indented comment = not a setting\n" +
		`SESSION_COOKIE_NAME = "my$cookie"` + "\n" +
		"HOST='0.0.0.0'\n" +
		`STATIC_DIRECTORY = C:\static\${HOME}` + "\n" +
		"DEBUG=True # not a comment: JustPy keeps it\n" +
		"a line without an equals sign\n" +
		"PORT = 1\n" +
		"PORT = 9000\n" +
		"EMPTY =\n" +
		"EQUALS = a=b=c\n"
	got, err := ParseEnv(strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"SECRET_KEY":          "a1$B2c3xyz",
		"SESSION_COOKIE_NAME": "my$cookie",
		"HOST":                "0.0.0.0",
		"STATIC_DIRECTORY":    `C:\static\${HOME}`,
		"DEBUG":               "True # not a comment: JustPy keeps it",
		"PORT":                "9000",
		"EMPTY":               "",
		"EQUALS":              "a=b=c",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestLoadKeepsDollarSigns(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, FileName), []byte("SECRET_KEY = a1$B2c3xyz\nCOOKIE_MAX_AGE = '60'\n"), 0o600)
	t.Chdir(dir)
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if c.SecretKey != "a1$B2c3xyz" || c.CookieMaxAge != time.Minute {
		t.Errorf("SECRET_KEY %q, COOKIE_MAX_AGE %v", c.SecretKey, c.CookieMaxAge)
	}
}

// A mount that takes the pages' paths or JustGo's own panicked at start
// with a duplicate route; it is refused with a message naming the key.
func TestStaticMountThatWouldTakeOtherPaths(t *testing.T) {
	for _, m := range []string{"/", "", "/_jp", "/_jp/", "/_jp/static", "static", "/a/../b", "/a//b", "/st atic", "/{x}", "/s?x"} {
		_, err := FromMap(map[string]string{"STATIC_MOUNT": m}, noEnv)
		if err == nil || !strings.Contains(err.Error(), "STATIC_MOUNT") {
			t.Errorf("STATIC_MOUNT=%q: %v", m, err)
		}
	}
	for _, m := range []string{"/static", "/static/", "/assets/v1", "/_jpx"} {
		if _, err := FromMap(map[string]string{"STATIC_MOUNT": m}, noEnv); err != nil {
			t.Errorf("STATIC_MOUNT=%q: %v", m, err)
		}
	}
}

// 0 is "no cap" for the caps that count; sizes and times refuse it, since
// there 0 would mean the default (transport) or nothing at all.
func TestZeroMeansNoCap(t *testing.T) {
	caps := map[string]func(Config) int{
		"MAX_MESSAGES_PER_SECOND":     func(c Config) int { return c.MaxMessagesPerSecond },
		"MAX_PAGES_PER_SESSION":       func(c Config) int { return c.MaxPagesPerSession },
		"MAX_CONNECTIONS_PER_SESSION": func(c Config) int { return c.MaxConnectionsPerSession },
		"MAX_PAGES":                   func(c Config) int { return c.MaxPages },
		"MAX_TABS_PER_PAGE":           func(c Config) int { return c.MaxTabsPerPage },
		"MAX_EVENTS_PER_POST":         func(c Config) int { return c.MaxEventsPerPost },
	}
	for key, field := range caps {
		c, err := FromMap(map[string]string{key: "0"}, noEnv)
		if err != nil || field(c) != 0 {
			t.Errorf("%s=0: %d, %v", key, field(c), err)
		}
	}
	for _, key := range []string{"MAX_MESSAGE_BYTES", "MAX_UPLOAD_FILE_BYTES", "MAX_UPLOAD_BYTES", "MAX_UPLOAD_DISK_BYTES",
		"MAX_UPLOAD_SESSION_BYTES", "PAGE_TIMEOUT", "NEW_PAGE_TIMEOUT", "UPLOAD_LIFETIME", "COOKIE_MAX_AGE"} {
		if _, err := FromMap(map[string]string{key: "0"}, noEnv); err == nil || !strings.Contains(err.Error(), key) {
			t.Errorf("%s=0: %v", key, err)
		}
	}
}

func TestNewSettings(t *testing.T) {
	d := Default()
	if d.MaxPages != 10000 || d.NewPageTimeout != 10*time.Second || d.MaxTabsPerPage != 64 || d.MaxEventsPerPost != 100 ||
		d.MaxUploadSessionBytes != 200<<20 || d.UploadLifetime != 300*time.Second || d.AllowedHosts != nil {
		t.Errorf("defaults: %+v", d)
	}
	c, err := FromMap(map[string]string{"MAX_PAGES": "5", "NEW_PAGE_TIMEOUT": "3", "MAX_TABS_PER_PAGE": "2",
		"MAX_EVENTS_PER_POST": "7", "MAX_UPLOAD_SESSION_BYTES": "4096", "UPLOAD_LIFETIME": "30"}, noEnv)
	if err != nil {
		t.Fatal(err)
	}
	if c.MaxPages != 5 || c.NewPageTimeout != 3*time.Second || c.MaxTabsPerPage != 2 || c.MaxEventsPerPost != 7 ||
		c.MaxUploadSessionBytes != 4096 || c.UploadLifetime != 30*time.Second {
		t.Errorf("got %+v", c)
	}
	for key, val := range map[string]string{"MAX_PAGES": "-1", "NEW_PAGE_TIMEOUT": "ten", "MAX_TABS_PER_PAGE": "1.5",
		"MAX_EVENTS_PER_POST": "x", "MAX_UPLOAD_SESSION_BYTES": "200MB", "UPLOAD_LIFETIME": "-3"} {
		if _, err := FromMap(map[string]string{key: val}, noEnv); err == nil || !strings.Contains(err.Error(), key) {
			t.Errorf("%s=%q: %v", key, val, err)
		}
	}
}

func TestAllowedHosts(t *testing.T) {
	c, err := FromMap(map[string]string{"ALLOWED_HOSTS": " Example.COM, .example.org ,,[2001:db8::1], app.example.net. "}, noEnv)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"example.com", ".example.org", "2001:db8::1", "app.example.net"}; !reflect.DeepEqual(c.AllowedHosts, want) {
		t.Errorf("got %q, want %q", c.AllowedHosts, want)
	}
	if c, err := FromMap(map[string]string{"ALLOWED_HOSTS": ""}, noEnv); err != nil || len(c.AllowedHosts) != 0 {
		t.Errorf("empty: %q %v", c.AllowedHosts, err)
	}
	for _, v := range []string{"example.com:8000", "https://example.com", "example.com/app", "*", ".", "..example.com", "exa mple.com"} {
		if _, err := FromMap(map[string]string{"ALLOWED_HOSTS": v}, noEnv); err == nil || !strings.Contains(err.Error(), "ALLOWED_HOSTS") {
			t.Errorf("ALLOWED_HOSTS=%q: %v", v, err)
		}
	}
}

func TestAddr(t *testing.T) {
	for host, want := range map[string]string{"127.0.0.1": "127.0.0.1:8000", "::1": "[::1]:8000", "": ":8000", "localhost": "localhost:8000"} {
		c := Default()
		c.Host = host
		if got := c.Addr(); got != want {
			t.Errorf("%q: %s, want %s", host, got, want)
		}
	}
}
