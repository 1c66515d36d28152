package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/joho/godotenv"
)

// The justpy.env example from JustPy's sessions documentation.
const seedEnv = `SESSIONS = True
SESSION_COOKIE_NAME = "my_cookie_name"
COOKIE_MAX_AGE = 108000
SECRET_KEY = "my_very_secret_key_that_only_I_know"
`

func noEnv(string) (string, bool) { return "", false }

func TestSeedFile(t *testing.T) {
	vals, err := godotenv.Parse(strings.NewReader(seedEnv))
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
	if c != Default() {
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
