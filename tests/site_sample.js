// Sample data of the public website (tests/test_site_page.py, development): the data
// contract of data/site.js, small and made up (no real farmer, provider or trial).
window.MK_SITE = {
 "schema": 1,
 "published": "2025-06-30",
 "title": {
  "en": "Conservation agriculture in Battambang",
  "km": "កសិកម្មអភិរក្សនៅខេត្តបាត់ដំបង"
 },
 "threshold": 0.16,
 "min_count": 5,
 "seasons": [
  {
   "id": 7,
   "year": 2024,
   "kind": "early_wet",
   "name": {
    "en": "2024 early wet",
    "km": "រដូវវស្សាដើម 2024"
   }
  },
  {
   "id": 8,
   "year": 2025,
   "kind": "early_wet",
   "name": {
    "en": "2025 early wet",
    "km": "រដូវវស្សាដើម 2025"
   }
  }
 ],
 "areas": [
  {
   "code": "02",
   "level": "province",
   "name": {
    "en": "Battambang",
    "km": "បាត់ដំបង"
   },
   "parent": null,
   "lon": 102.93,
   "lat": 13.08
  },
  {
   "code": "0207",
   "level": "district",
   "name": {
    "en": "Rotonak Mondol",
    "km": "រតនមណ្ឌល"
   },
   "parent": "02",
   "lon": 102.948,
   "lat": 12.958
  },
  {
   "code": "0204",
   "level": "district",
   "name": {
    "en": "Bavel",
    "km": "បវេល"
   },
   "parent": "02",
   "lon": 102.871,
   "lat": 13.254
  },
  {
   "code": "020701",
   "level": "commune",
   "name": {
    "en": "Sdau",
    "km": "ស្ដៅ"
   },
   "parent": "0207",
   "lon": 102.912,
   "lat": 12.987
  },
  {
   "code": "020702",
   "level": "commune",
   "name": {
    "en": "Andaeuk Haeb",
    "km": "អណ្ដើកហែប"
   },
   "parent": "0207",
   "lon": 102.981,
   "lat": 12.931
  },
  {
   "code": "020401",
   "level": "commune",
   "name": {
    "en": "Bavel",
    "km": "បវេល"
   },
   "parent": "0204",
   "lon": 102.871,
   "lat": 13.254
  }
 ],
 "adoption": [
  {
   "season": 7,
   "area": "0207",
   "farmers": 14,
   "suppressed": false,
   "women": 6,
   "men": 8,
   "plots": 16,
   "hectares": 11.4,
   "target": 1850,
   "share": 0.0076,
   "target_source": "Commune database 2023"
  },
  {
   "season": 7,
   "area": "020701",
   "farmers": 8,
   "suppressed": false,
   "women": null,
   "men": 5,
   "plots": 9,
   "hectares": 6.2,
   "target": 900,
   "share": 0.0089,
   "target_source": "Commune database 2023"
  },
  {
   "season": 7,
   "area": "020702",
   "farmers": 6,
   "suppressed": false,
   "women": null,
   "men": null,
   "plots": 7,
   "hectares": 5.2,
   "target": 950,
   "share": 0.0063,
   "target_source": "Commune database 2023"
  },
  {
   "season": 7,
   "area": "0204",
   "farmers": null,
   "suppressed": true,
   "women": null,
   "men": null,
   "plots": null,
   "hectares": 2.1,
   "target": 2400,
   "share": null,
   "target_source": "Commune database 2023"
  },
  {
   "season": 7,
   "area": "020401",
   "farmers": null,
   "suppressed": true,
   "women": null,
   "men": null,
   "plots": null,
   "hectares": 2.1,
   "target": 2400,
   "share": null,
   "target_source": "Commune database 2023"
  },
  {
   "season": 8,
   "area": "0207",
   "farmers": 152,
   "suppressed": false,
   "women": 70,
   "men": 82,
   "plots": 181,
   "hectares": 139.5,
   "target": 1850,
   "share": 0.0822,
   "target_source": "Commune database 2023"
  },
  {
   "season": 8,
   "area": "020701",
   "farmers": 131,
   "suppressed": false,
   "women": 61,
   "men": 70,
   "plots": 155,
   "hectares": 120.3,
   "target": 900,
   "share": 0.1456,
   "target_source": "Commune database 2023"
  },
  {
   "season": 8,
   "area": "020702",
   "farmers": 21,
   "suppressed": false,
   "women": 9,
   "men": 12,
   "plots": 26,
   "hectares": 19.2,
   "target": 950,
   "share": 0.0221,
   "target_source": "Commune database 2023"
  },
  {
   "season": 8,
   "area": "0204",
   "farmers": 9,
   "suppressed": false,
   "women": 5,
   "men": null,
   "plots": 10,
   "hectares": 7.4,
   "target": null,
   "share": null,
   "target_source": ""
  },
  {
   "season": 8,
   "area": "020401",
   "farmers": 9,
   "suppressed": false,
   "women": 5,
   "men": null,
   "plots": 10,
   "hectares": 7.4,
   "target": null,
   "share": null,
   "target_source": ""
  }
 ],
 "diffusion": [
  {
   "area": "0207",
   "level": "district",
   "years": [
    {
     "year": 2022,
     "adopters": null
    },
    {
     "year": 2023,
     "adopters": 6
    },
    {
     "year": 2024,
     "adopters": 14
    },
    {
     "year": 2025,
     "adopters": 152
    }
   ],
   "p": 0.0031,
   "q": 0.62,
   "m": 1850,
   "curve": [
    {
     "year": 2022,
     "adopters": 0
    },
    {
     "year": 2023,
     "adopters": 7.9
    },
    {
     "year": 2024,
     "adopters": 22.3
    },
    {
     "year": 2025,
     "adopters": 48.6
    },
    {
     "year": 2026,
     "adopters": 95.5
    },
    {
     "year": 2027,
     "adopters": 176.5
    },
    {
     "year": 2028,
     "adopters": 308.7
    },
    {
     "year": 2029,
     "adopters": 506.2
    },
    {
     "year": 2030,
     "adopters": 764.6
    }
   ],
   "tipping_year": 2027,
   "passed": false,
   "note": null
  },
  {
   "area": "0204",
   "level": "district",
   "years": [
    {
     "year": 2024,
     "adopters": null
    },
    {
     "year": 2025,
     "adopters": 9
    }
   ],
   "p": null,
   "q": null,
   "m": null,
   "curve": [],
   "tipping_year": null,
   "passed": false,
   "note": {
    "en": "Too few years to fit the Bass model.",
    "km": "ឆ្នាំតិចពេកដើម្បីផ្គូផ្គងគំរូ Bass។"
   }
  }
 ],
 "market": [
  {
   "year": 2024,
   "area": "0207",
   "providers": 1,
   "services": 9,
   "hectares": 10.8,
   "farmers": 7,
   "suppressed": false
  },
  {
   "year": 2025,
   "area": "0207",
   "providers": 1,
   "services": 41,
   "hectares": 96.5,
   "farmers": 38,
   "suppressed": false
  },
  {
   "year": 2025,
   "area": "0204",
   "providers": 1,
   "services": 3,
   "hectares": 4,
   "farmers": null,
   "suppressed": true
  }
 ],
 "providers": [
  {
   "id": 1,
   "name": "Sokha Agri Services",
   "services": [
    {
     "en": "No-till direct seeding",
     "km": "ការដាំដោយមិនភ្ជួរ"
    },
    {
     "en": "Cover-crop seed",
     "km": "គ្រាប់ពូជដំណាំគម្របដី"
    }
   ],
   "districts": [
    "0207",
    "0204"
   ],
   "phone": "012 345 678",
   "email": "info@sokha-agri.example",
   "contact": "Sokha Chan (manager)"
  }
 ],
 "trials": [
  {
   "trial": "BTB-2024-01",
   "season": 7,
   "measure": {
    "en": "Maize yield",
    "km": "ទិន្នផលពោត"
   },
   "unit": "t/ha",
   "n": 6,
   "difference": 0.8,
   "ci_low": 0.2,
   "ci_high": 1.4,
   "p": 0.02
  },
  {
   "trial": "BTB-2025-01",
   "season": 8,
   "measure": {
    "en": "Maize yield",
    "km": "ទិន្នផលពោត"
   },
   "unit": "t/ha",
   "n": 5,
   "difference": -0.1,
   "ci_low": -0.7,
   "ci_high": 0.5,
   "p": 0.71
  }
 ],
 "demo_sites": [
  {
   "lon": 102.915,
   "lat": 12.992,
   "area": "020701",
   "seasons": [
    7,
    8
   ]
  },
  {
   "lon": 102.874,
   "lat": 13.251,
   "area": "020401",
   "seasons": [
    8
   ]
  }
 ],
 "cells": {
  "type": "FeatureCollection",
  "features": [
   {
    "type": "Feature",
    "geometry": {
     "type": "Polygon",
     "coordinates": [
      [
       [
        102.9,
        12.98
       ],
       [
        102.91000000000001,
        12.98
       ],
       [
        102.91000000000001,
        12.99
       ],
       [
        102.9,
        12.99
       ],
       [
        102.9,
        12.98
       ]
      ]
     ]
    },
    "properties": {
     "season": 7,
     "plots": 5,
     "hectares": 3.6
    }
   },
   {
    "type": "Feature",
    "geometry": {
     "type": "Polygon",
     "coordinates": [
      [
       [
        102.97,
        12.92
       ],
       [
        102.98,
        12.92
       ],
       [
        102.98,
        12.93
       ],
       [
        102.97,
        12.93
       ],
       [
        102.97,
        12.92
       ]
      ]
     ]
    },
    "properties": {
     "season": 7,
     "plots": 6,
     "hectares": 4.4
    }
   },
   {
    "type": "Feature",
    "geometry": {
     "type": "Polygon",
     "coordinates": [
      [
       [
        102.9,
        12.98
       ],
       [
        102.91000000000001,
        12.98
       ],
       [
        102.91000000000001,
        12.99
       ],
       [
        102.9,
        12.99
       ],
       [
        102.9,
        12.98
       ]
      ]
     ]
    },
    "properties": {
     "season": 8,
     "plots": 61,
     "hectares": 48.1
    }
   },
   {
    "type": "Feature",
    "geometry": {
     "type": "Polygon",
     "coordinates": [
      [
       [
        102.91,
        12.98
       ],
       [
        102.92,
        12.98
       ],
       [
        102.92,
        12.99
       ],
       [
        102.91,
        12.99
       ],
       [
        102.91,
        12.98
       ]
      ]
     ]
    },
    "properties": {
     "season": 8,
     "plots": 52,
     "hectares": 40.2
    }
   },
   {
    "type": "Feature",
    "geometry": {
     "type": "Polygon",
     "coordinates": [
      [
       [
        102.9,
        12.99
       ],
       [
        102.91000000000001,
        12.99
       ],
       [
        102.91000000000001,
        13
       ],
       [
        102.9,
        13
       ],
       [
        102.9,
        12.99
       ]
      ]
     ]
    },
    "properties": {
     "season": 8,
     "plots": 42,
     "hectares": 32
    }
   },
   {
    "type": "Feature",
    "geometry": {
     "type": "Polygon",
     "coordinates": [
      [
       [
        102.97,
        12.92
       ],
       [
        102.98,
        12.92
       ],
       [
        102.98,
        12.93
       ],
       [
        102.97,
        12.93
       ],
       [
        102.97,
        12.92
       ]
      ]
     ]
    },
    "properties": {
     "season": 8,
     "plots": 26,
     "hectares": 19.2
    }
   },
   {
    "type": "Feature",
    "geometry": {
     "type": "Polygon",
     "coordinates": [
      [
       [
        102.86,
        13.25
       ],
       [
        102.87,
        13.25
       ],
       [
        102.87,
        13.26
       ],
       [
        102.86,
        13.26
       ],
       [
        102.86,
        13.25
       ]
      ]
     ]
    },
    "properties": {
     "season": 8,
     "plots": 10,
     "hectares": 7.4
    }
   }
  ]
 },
 "downloads": [
  {
   "file": "adoption.csv",
   "title": {
    "en": "Adoption by area and season (CSV)",
    "km": "ការទទួលយកតាមតំបន់ និងរដូវ (CSV)"
   }
  },
  {
   "file": "diffusion.csv",
   "title": {
    "en": "Adopters by year and the Bass model (CSV)",
    "km": "អ្នកទទួលយកតាមឆ្នាំ និងគំរូ Bass (CSV)"
   }
  },
  {
   "file": "market.csv",
   "title": {
    "en": "Service market by year (CSV)",
    "km": "ទីផ្សារសេវាតាមឆ្នាំ (CSV)"
   }
  },
  {
   "file": "providers.csv",
   "title": {
    "en": "Service providers (CSV)",
    "km": "អ្នកផ្តល់សេវា (CSV)"
   }
  },
  {
   "file": "trials.csv",
   "title": {
    "en": "Trial results (CSV)",
    "km": "លទ្ធផលការសាកល្បង (CSV)"
   }
  },
  {
   "file": "tables.xlsx",
   "title": {
    "en": "All the tables (XLSX)",
    "km": "តារាងទាំងអស់ (XLSX)"
   }
  }
 ]
};
