package main

import (
	"database/sql"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// A music shop's database in the shape of the Chinook sample that JustPy's
// tutorial downloads: artists, albums, genres, media types, tracks,
// employees, customers, invoices and their lines. Nothing can be
// downloaded here, so the rows are generated, the same ones every time.
const chinookSchema = `
CREATE TABLE artists (ArtistId INTEGER PRIMARY KEY, Name TEXT NOT NULL);
CREATE TABLE albums (AlbumId INTEGER PRIMARY KEY, Title TEXT NOT NULL, ArtistId INTEGER NOT NULL REFERENCES artists);
CREATE TABLE genres (GenreId INTEGER PRIMARY KEY, Name TEXT NOT NULL);
CREATE TABLE media_types (MediaTypeId INTEGER PRIMARY KEY, Name TEXT NOT NULL);
CREATE TABLE tracks (TrackId INTEGER PRIMARY KEY, Name TEXT NOT NULL, AlbumId INTEGER REFERENCES albums,
	MediaTypeId INTEGER NOT NULL REFERENCES media_types, GenreId INTEGER REFERENCES genres, Composer TEXT,
	Milliseconds INTEGER NOT NULL, Bytes INTEGER, UnitPrice REAL NOT NULL);
CREATE TABLE employees (EmployeeId INTEGER PRIMARY KEY, LastName TEXT NOT NULL, FirstName TEXT NOT NULL, Title TEXT,
	ReportsTo INTEGER REFERENCES employees, HireDate TEXT, City TEXT, Country TEXT, Email TEXT);
CREATE TABLE customers (CustomerId INTEGER PRIMARY KEY, FirstName TEXT NOT NULL, LastName TEXT NOT NULL, Company TEXT,
	City TEXT, State TEXT, Country TEXT, Email TEXT NOT NULL, SupportRepId INTEGER REFERENCES employees);
CREATE TABLE invoices (InvoiceId INTEGER PRIMARY KEY, CustomerId INTEGER NOT NULL REFERENCES customers, InvoiceDate TEXT NOT NULL,
	BillingCity TEXT, BillingCountry TEXT, Total REAL NOT NULL);
CREATE TABLE invoice_items (InvoiceLineId INTEGER PRIMARY KEY, InvoiceId INTEGER NOT NULL REFERENCES invoices,
	TrackId INTEGER NOT NULL REFERENCES tracks, UnitPrice REAL NOT NULL, Quantity INTEGER NOT NULL);
CREATE INDEX IFK_AlbumArtistId ON albums (ArtistId);
CREATE INDEX IFK_TrackAlbumId ON tracks (AlbumId);
CREATE INDEX IFK_CustomerSupportRepId ON customers (SupportRepId);
CREATE INDEX IFK_InvoiceCustomerId ON invoices (CustomerId);
CREATE INDEX IFK_InvoiceLineInvoiceId ON invoice_items (InvoiceId);
CREATE INDEX IFK_InvoiceLineTrackId ON invoice_items (TrackId);
`

type place struct{ city, state, country string }

var places = []place{
	{"São Paulo", "SP", "Brazil"}, {"Rio de Janeiro", "RJ", "Brazil"}, {"Montréal", "QC", "Canada"},
	{"Toronto", "ON", "Canada"}, {"Vancouver", "BC", "Canada"}, {"Stuttgart", "", "Germany"},
	{"Berlin", "", "Germany"}, {"Frankfurt", "", "Germany"}, {"Oslo", "", "Norway"},
	{"Prague", "", "Czech Republic"}, {"Vienna", "", "Austria"}, {"Brussels", "", "Belgium"},
	{"Copenhagen", "", "Denmark"}, {"Seattle", "WA", "USA"}, {"Chicago", "IL", "USA"},
	{"Austin", "TX", "USA"}, {"Boston", "MA", "USA"}, {"Paris", "", "France"}, {"Lyon", "", "France"},
	{"Helsinki", "", "Finland"}, {"Budapest", "", "Hungary"}, {"Dublin", "Dublin", "Ireland"},
	{"Rome", "RM", "Italy"}, {"Amsterdam", "VV", "Netherlands"}, {"Warsaw", "", "Poland"},
	{"Lisbon", "", "Portugal"}, {"Madrid", "", "Spain"}, {"Stockholm", "", "Sweden"},
	{"London", "", "United Kingdom"}, {"Edinburgh", "", "United Kingdom"}, {"Sydney", "NSW", "Australia"},
	{"Buenos Aires", "", "Argentina"}, {"Santiago", "", "Chile"}, {"Bangalore", "", "India"},
}

var (
	givenNames = []string{"Luís", "Leonie", "François", "Bjørn", "František", "Helena", "Astrid", "Daan", "Kara", "Eduardo",
		"Alexandre", "Roberto", "Fernanda", "Mark", "Jennifer", "Frank", "Jack", "Michelle", "Tim", "Dan", "Kathy",
		"Heather", "John", "Robert", "Camille", "Marc", "Wyatt", "Isabelle", "Terhi", "Ladislav", "Hugh", "Lucas",
		"Johannes", "Stanisław", "Enrique", "Joakim", "Emma", "Phil", "Steve", "Mark", "Diego", "Luis", "Manoj", "Puja"}
	familyNames = []string{"Gonçalves", "Köhler", "Tremblay", "Hansen", "Wichterlová", "Holý", "Mortensen", "Peeters",
		"Nielsen", "Martins", "Rocha", "Almeida", "Barnett", "Brooks", "Mitchell", "Ralston", "Gordon", "Goyer",
		"Miller", "Murray", "Harris", "Smith", "Bernard", "Dubois", "Lefebvre", "Girard", "Mercier", "Hämäläinen",
		"Kovács", "O'Reilly", "Gruber", "Van der Berg", "Schröder", "Fernández", "Johansson", "Brown", "Jones",
		"Taylor", "Gutiérrez", "Rojas", "Pareek", "Srivastava"}
	companies = []string{"", "", "", "Embraer", "JetBrains s.r.o.", "Telus", "Rogers Canada", "Google Inc.",
		"Microsoft Corporation", "Apple Inc.", "Riotur", "Banco do Brasil S.A."}

	wordsA = []string{"Black", "Electric", "Silver", "Midnight", "Velvet", "Iron", "Golden", "Crimson", "Wild",
		"Quiet", "Neon", "Broken", "Northern", "Paper", "Stone", "Lonely", "Burning", "Blue", "Hollow", "Glass"}
	wordsB = []string{"Sabbath", "Foxes", "Harbor", "Engine", "Orchard", "Lanterns", "Tide", "Pilots", "Wolves",
		"Cathedral", "Rivers", "Hearts", "Machines", "Satellites", "Roses", "Kings", "Thunder", "Garden", "Echoes", "Skies"}
	trackWords = []string{"Love", "Night", "Road", "Fire", "Rain", "Dream", "Heart", "Time", "Light", "Home",
		"Train", "Sun", "Money", "River", "Dance", "Ghost", "Summer", "City", "Song", "Storm", "Highway", "Angel"}
	genreNames = []string{"Rock", "Jazz", "Metal", "Alternative & Punk", "Blues", "Latin", "Reggae", "Pop",
		"Soundtrack", "Bossa Nova", "Electronica/Dance", "Classical", "Hip Hop/Rap", "World"}
	mediaNames = []string{"MPEG audio file", "Protected AAC audio file", "Protected MPEG-4 video file",
		"Purchased AAC audio file", "AAC audio file"}
)

// openChinook opens the database at path, generating it when it has no
// tables yet.
func openChinook(path string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		return nil, err
	}
	var n int
	if err := db.QueryRow(`SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'`).Scan(&n); err != nil {
		db.Close()
		return nil, err
	}
	if n == 0 {
		if err := generate(db); err != nil {
			db.Close()
			return nil, fmt.Errorf("generating %s: %w", path, err)
		}
	}
	return db, nil
}

// generate makes the tables and their rows, in one transaction.
func generate(db *sql.DB) (err error) {
	rnd := rand.New(rand.NewPCG(1979, 2009))
	pick := func(list []string) string { return list[rnd.IntN(len(list))] }
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	if _, err = tx.Exec(chinookSchema); err != nil {
		return err
	}
	insert := func(q string, args ...any) {
		if err == nil {
			_, err = tx.Exec(q, args...)
		}
	}
	for i, g := range genreNames {
		insert(`INSERT INTO genres VALUES (?, ?)`, i+1, g)
	}
	for i, m := range mediaNames {
		insert(`INSERT INTO media_types VALUES (?, ?)`, i+1, m)
	}
	const artists, albums, employees, customers = 60, 120, 8, 59
	seen := map[string]bool{}
	for i := 1; i <= artists; i++ {
		name := ""
		for name == "" || seen[name] {
			switch rnd.IntN(3) {
			case 0:
				name = pick(givenNames) + " " + pick(familyNames)
			case 1:
				name = "The " + pick(wordsA) + " " + pick(wordsB)
			default:
				name = pick(wordsA) + " " + pick(wordsB)
			}
		}
		seen[name] = true
		insert(`INSERT INTO artists VALUES (?, ?)`, i, name)
	}
	track := 1
	prices := []float64{0} // by TrackId
	for a := 1; a <= albums; a++ {
		title := pick(wordsA) + " " + pick(trackWords)
		if rnd.IntN(4) == 0 {
			title = "Live at " + places[rnd.IntN(len(places))].city
		}
		insert(`INSERT INTO albums VALUES (?, ?, ?)`, a, title, 1+rnd.IntN(artists))
		genre := 1 + rnd.IntN(len(genreNames))
		composer := pick(givenNames) + " " + pick(familyNames)
		for n := 8 + rnd.IntN(8); n > 0; n-- {
			name := pick(trackWords)
			if rnd.IntN(2) == 0 {
				name += " " + pick(trackWords)
			}
			if rnd.IntN(3) == 0 {
				name = pick(wordsA) + " " + name
			}
			ms := 150_000 + rnd.IntN(300_000)
			media, price := 1, 0.99
			if rnd.IntN(12) == 0 {
				media, price = 3, 1.99
			}
			insert(`INSERT INTO tracks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				track, name, a, media, genre, composer, ms, ms*33+rnd.IntN(100_000), price)
			prices = append(prices, price)
			track++
		}
	}
	tracks := track - 1
	titles := []string{"General Manager", "Sales Manager", "Sales Support Agent", "Sales Support Agent",
		"Sales Support Agent", "IT Manager", "IT Staff", "IT Staff"}
	bosses := []any{nil, 1, 2, 2, 2, 1, 6, 6}
	for e := 1; e <= employees; e++ {
		first, last := pick(givenNames), pick(familyNames)
		hired := time.Date(2002+rnd.IntN(3), time.Month(1+rnd.IntN(12)), 1+rnd.IntN(28), 0, 0, 0, 0, time.UTC)
		insert(`INSERT INTO employees VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, e, last, first, titles[e-1], bosses[e-1],
			hired.Format(time.DateTime), "Calgary", "Canada", strings.ToLower(first)+"@chinookcorp.com")
	}
	type customer struct {
		id    int
		place place
	}
	var cs []customer
	for c := 1; c <= customers; c++ {
		first, last := pick(givenNames), pick(familyNames)
		p := places[rnd.IntN(len(places))]
		email := strings.ToLower(strings.NewReplacer(" ", "", "'", "").Replace(first+"."+last)) + "@example.com"
		insert(`INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, c, first, last, pick(companies),
			p.city, p.state, p.country, email, 3+rnd.IntN(3))
		cs = append(cs, customer{c, p})
	}
	day := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	line := 1
	for inv := 1; inv <= 412; inv++ {
		c := cs[rnd.IntN(len(cs))]
		var total float64
		n := []int{1, 2, 2, 4, 6, 9, 14}[rnd.IntN(7)]
		invLines := make([][]any, 0, n)
		for range n {
			t := 1 + rnd.IntN(tracks)
			price := prices[t]
			total += price
			invLines = append(invLines, []any{line, inv, t, price, 1})
			line++
		}
		insert(`INSERT INTO invoices VALUES (?, ?, ?, ?, ?, ?)`, inv, c.id, day.Format(time.DateTime),
			c.place.city, c.place.country, float64(int64(total*100+0.5))/100)
		for _, l := range invLines {
			insert(`INSERT INTO invoice_items VALUES (?, ?, ?, ?, ?)`, l...)
		}
		day = day.Add(time.Duration(1+rnd.IntN(7)) * 24 * time.Hour)
	}
	if err != nil {
		return err
	}
	return tx.Commit()
}
