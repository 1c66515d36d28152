package frame

import "math"

// Major is a year of women_majors.csv (the tutorial downloads it from
// elimintz.github.io): the percentage of women among the graduates of each
// major in the US. The values here are made up, from each major's rough
// 1970 and 2011 shares and a small wobble, the same on every run; the
// tutorial's file has more majors.
type Major struct {
	Year         int     `json:"Year"`
	Agriculture  float64 `json:"Agriculture"`
	Architecture float64 `json:"Architecture"`
	Biology      float64 `json:"Biology"`
	Business     float64 `json:"Business"`
	Education    float64 `json:"Education"`
	Engineering  float64 `json:"Engineering"`
	English      float64 `json:"English"`
	Psychology   float64 `json:"Psychology"`
}

// WomenMajors are the years 1970 to 2011.
func WomenMajors() []Major {
	share := func(year int, from, to, phase float64) float64 {
		t := float64(year-1970) / 41
		return round(max(0, from+(to-from)*t+1.5*math.Sin(float64(year-1970)*(0.6+0.1*phase))))
	}
	var out []Major
	for y := 1970; y <= 2011; y++ {
		out = append(out, Major{
			Year:         y,
			Agriculture:  share(y, 4.23, 50.04, 0),
			Architecture: share(y, 11.92, 44.52, 1),
			Biology:      share(y, 29.09, 58.74, 2),
			Business:     share(y, 9.06, 48.76, 3),
			Education:    share(y, 74.53, 79.16, 4),
			Engineering:  share(y, 0.8, 17.5, 5),
			English:      share(y, 65.57, 67.84, 6),
			Psychology:   share(y, 44.4, 77.0, 7),
		})
	}
	return out
}

// Drink is a country of FiveThirtyEight's alcohol-consumption/drinks.csv
// (which the tutorial downloads from GitHub): servings of beer, spirits
// and wine per person in a year, and litres of pure alcohol. The values
// here are made up, the same on every run, for twenty countries.
type Drink struct {
	Country        string  `json:"country"`
	BeerServings   int     `json:"beer_servings"`
	SpiritServings int     `json:"spirit_servings"`
	WineServings   int     `json:"wine_servings"`
	TotalLitres    float64 `json:"total_litres_of_pure_alcohol"`
}

var countries = []string{"Argentina", "Australia", "Austria", "Belgium", "Brazil", "Canada", "Chile", "China",
	"Czech Republic", "France", "Germany", "India", "Ireland", "Italy", "Japan", "Mexico", "Namibia",
	"Russian Federation", "Spain", "USA"}

// Drinks are the twenty countries, in alphabetical order.
func Drinks() []Drink {
	var out []Drink
	for i, c := range countries {
		beer := 40 + (i*97+31)%320
		spirit := 20 + (i*53+17)%300
		wine := 5 + (i*71+43)%330
		out = append(out, Drink{c, beer, spirit, wine, math.Round(float64(beer+spirit+wine)*0.0177*10) / 10})
	}
	return out
}

// BadDriver is a state of FiveThirtyEight's bad-drivers/bad-drivers.csv
// (which the tutorial downloads from GitHub), with its columns. The values
// here are made up, the same on every run, for twelve states.
type BadDriver struct {
	State            string  `json:"State"`
	Fatal            float64 `json:"Number of drivers involved in fatal collisions per billion miles"`
	Speeding         int     `json:"Percentage Of Drivers Involved In Fatal Collisions Who Were Speeding"`
	Alcohol          int     `json:"Percentage Of Drivers Involved In Fatal Collisions Who Were Alcohol-Impaired"`
	NotDistracted    int     `json:"Percentage Of Drivers Involved In Fatal Collisions Who Were Not Distracted"`
	NoPriorAccidents int     `json:"Percentage Of Drivers Involved In Fatal Collisions Who Had Not Been Involved In Any Previous Accidents"`
	Premiums         float64 `json:"Car Insurance Premiums ($)"`
	LossesPerInsured float64 `json:"Losses incurred by insurance companies for collisions per insured driver ($)"`
}

var states = []string{"Alabama", "Alaska", "Arizona", "California", "Colorado", "Florida", "Georgia", "Illinois",
	"Montana", "New York", "Texas", "Wyoming"}

// BadDrivers are the twelve states, in alphabetical order.
func BadDrivers() []BadDriver {
	var out []BadDriver
	for i, s := range states {
		out = append(out, BadDriver{
			State:            s,
			Fatal:            round(9 + float64((i*37+5)%140)/10),
			Speeding:         15 + (i*13+7)%40,
			Alcohol:          20 + (i*11+3)%25,
			NotDistracted:    70 + (i*7+2)%30,
			NoPriorAccidents: 75 + (i*5+1)%25,
			Premiums:         round(640 + float64((i*263+91)%700) + 0.25*float64(i)),
			LossesPerInsured: round(80 + float64((i*59+23)%120) + 0.5*float64(i)),
		})
	}
	return out
}
