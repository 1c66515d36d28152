package jp_test

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"net/http"
	"net/http/cookiejar"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	jp "github.com/justgo/justgo"
)

// writeCert writes a self-signed certificate for 127.0.0.1 and its key.
func writeCert(t *testing.T) (certFile, keyFile string) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "127.0.0.1"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour), IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, _ := x509.MarshalECPrivateKey(key)
	dir := t.TempDir()
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600)
	os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), 0o600)
	return certFile, keyFile
}

func TestTLS(t *testing.T) {
	cfg := jp.DefaultConfig()
	cfg.SSLCertFile, cfg.SSLKeyFile = writeCert(t)
	_, app := tallyApp(t, jp.WithConfig(cfg))
	addr, stop := serveUntil(t, app)
	defer stop()

	insecure := &tls.Config{InsecureSkipVerify: true}
	jar, _ := cookiejar.New(nil)
	b := &browser{t: t, base: "https://" + addr, jar: jar,
		hc: &http.Client{Jar: jar, Transport: &http.Transport{TLSClientConfig: insecure}}}
	resp, body := b.get("/")
	if resp.TLS == nil || !strings.Contains(body, "Number of visits: 1") {
		t.Fatalf("%v %s", resp.TLS, body)
	}
	// Secure, and named __Host-: no other host of the domain can set it
	if cs := resp.Cookies(); len(cs) != 1 || !cs[0].Secure || cs[0].Name != "__Host-jp_token" || cs[0].Path != "/" || cs[0].Domain != "" {
		t.Errorf("cookie over TLS: %+v", cs)
	}
	page := b.load("/")
	dialer := websocket.Dialer{TLSClientConfig: insecure, Jar: jar}
	ws, _, err := dialer.Dial("wss://"+addr+"/_jp/ws?page="+page.pageID+"&v="+page.version, http.Header{"Origin": {b.base}})
	if err != nil {
		t.Fatalf("wss: %v", err)
	}
	defer ws.Close()
	s := &socket{t: t, ws: ws}
	s.event(page.id("Number of Click Events"), "click")
	if p := s.recvPatch(); len(p.Ops) != 1 {
		t.Errorf("over wss: %+v", p)
	}
}
