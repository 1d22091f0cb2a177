/* MetKasekor public website: the page's script (plain ES2017, no build step, no network).
 *
 * Reads window.MK_SITE (data/site.js, the data contract of `metkasekor-desktop site`) and
 * draws the map (Leaflet, no tile layer), the charts (Chart.js UMD) and the tables, in
 * Khmer or English. Every word of the page is in WORDS below; every name from the data is
 * an {en, km} object. Text from the data is always set with textContent, never as HTML.
 * A part whose data is missing or empty says so instead of failing.
 */
(function () {
  'use strict';

  var WORDS = {
    en: {
      skip: 'Skip to the content',
      language: 'Language',
      title: 'Adoption of conservation agriculture',
      published: 'Date of publication: {date}',
      nav_map: 'Map',
      nav_adoption: 'Adoption',
      nav_diffusion: 'Tipping point',
      nav_market: 'Service market',
      nav_providers: 'Providers',
      nav_trials: 'Trials',
      nav_downloads: 'Downloads',
      map_title: 'Adoption by district and commune',
      map_intro: 'Farmers who applied a conservation agriculture practice on their own field. ' +
        'The size of a circle is the hectares; its colour is the share of the target ' +
        'population (farm households), compared with the tipping point.',
      season: 'Season',
      districts: 'Districts',
      communes: 'Communes',
      district: 'District',
      commune: 'Commune',
      province: 'Province',
      area: 'Area',
      farmers: 'Farmers',
      women: 'Women',
      men: 'Men',
      plots: 'Plots',
      hectares: 'Hectares',
      target: 'Target population (farm households)',
      share: 'Share of the target population',
      legend_share: 'Share of the target population',
      bin_below: 'under {b}',
      bin_between: '{a} to {b}',
      bin_past: '{a} or more: past the tipping point',
      bin_none: 'no target population',
      legend_size: 'Circle size: hectares',
      legend_cells: 'Light squares: the season\'s plots, counted by square ' +
        '(squares with fewer than 5 plots are left out)',
      legend_demo: 'Demonstration plots (position rounded to about 100 m)',
      demo_site: 'Demonstration plot',
      cell_tip: '{plots} plots, {hectares} ha',
      fewer5: 'fewer than 5',
      none: '–',
      adoption_title: 'Adoption over seasons',
      adoption_intro: 'Farmers and hectares with a conservation agriculture practice done, ' +
        'by season.',
      missing_bar: 'Where a season has no bar of farmers, there were fewer than 5.',
      diffusion_title: 'Adopters over the years and the tipping point',
      diffusion_intro: 'Farmers who have adopted so far, the Bass model fitted to them ' +
        '(innovation p, imitation q) and the tipping point, {threshold} of the target ' +
        'population.',
      year: 'Year',
      adopters: 'Farmers who have adopted',
      curve: 'Bass model',
      tipping_line: 'Tipping point: {share} of {m} = {n} farmers',
      tipping_year: 'The tipping point is expected in {year}.',
      tipping_passed: 'The tipping point has been passed.',
      tipping_none: 'The tipping point is not reached in the years of the model.',
      no_target: 'No target population is known for this area, so the tipping point ' +
        'cannot be drawn.',
      params: 'Innovation p = {p}, imitation q = {q}, market potential m = {m}.',
      market_title: 'Service market',
      market_intro: 'Providers hired for a practice, the services they delivered, the ' +
        'hectares served and the farmers who hired them, by year.',
      providers: 'Providers',
      services_delivered: 'Services delivered',
      providers_title: 'Service providers',
      providers_intro: 'Who offers which service, where, and how to reach them (business ' +
        'contacts).',
      name: 'Name',
      services: 'Services',
      districts_served: 'Districts served',
      phone: 'Phone',
      email: 'Email',
      contact: 'Contact person',
      trials_title: 'Trial results',
      trials_intro: 'Conservation agriculture (CA) minus farmer practice (FP) on the paired ' +
        'plots of each trial: mean difference, 95% confidence interval and p.',
      trial: 'Trial',
      measure: 'Measure',
      n: 'n',
      difference: 'Difference (CA − FP)',
      ci: '95% confidence interval',
      p: 'p',
      downloads_title: 'Downloads',
      downloads_intro: 'The aggregated tables of this page: no names, no phone numbers of ' +
        'farmers, numbers of people under 5 left out.',
      site_json: 'All the data of this page (JSON)',
      empty: 'No data for this part yet.',
      no_data: 'The data of this page (data/site.js) is missing or cannot be read.',
      no_library: 'This part needs {file}, which is missing.',
      privacy: 'Privacy: no farmer names, phone numbers or plot outlines are published; ' +
        'numbers of people under 5 are shown as “fewer than 5”; plots are only shown ' +
        'counted by square.',
      made_with: 'Made with MetKasekor Desktop. Map: Leaflet; charts: Chart.js; font: ' +
        'Noto Sans Khmer.',
      licences: 'Licences'
    },
    km: {
      skip: 'រំលងទៅខ្លឹមសារ',
      language: 'ភាសា',
      title: 'ការទទួលយកកសិកម្មអភិរក្ស',
      published: 'កាលបរិច្ឆេទបោះផ្សាយ៖ {date}',
      nav_map: 'ផែនទី',
      nav_adoption: 'ការទទួលយក',
      nav_diffusion: 'ចំណុចរបត់',
      nav_market: 'ទីផ្សារសេវា',
      nav_providers: 'អ្នកផ្តល់សេវា',
      nav_trials: 'ការសាកល្បង',
      nav_downloads: 'ទាញយក',
      map_title: 'ការទទួលយកតាមស្រុក និងឃុំ',
      map_intro: 'កសិករដែលបានអនុវត្តការអនុវត្តកសិកម្មអភិរក្សលើដីរបស់ខ្លួន។ ' +
        'ទំហំរង្វង់គឺហិកតា ពណ៌របស់វាគឺភាគរយនៃប្រជាជនគោលដៅ (គ្រួសារកសិករ) ' +
        'ធៀបនឹងចំណុចរបត់។',
      season: 'រដូវ',
      districts: 'ស្រុក',
      communes: 'ឃុំ',
      district: 'ស្រុក',
      commune: 'ឃុំ',
      province: 'ខេត្ត',
      area: 'តំបន់',
      farmers: 'កសិករ',
      women: 'ស្ត្រី',
      men: 'បុរស',
      plots: 'ក្បាលដី',
      hectares: 'ហិកតា',
      target: 'ប្រជាជនគោលដៅ (គ្រួសារកសិករ)',
      share: 'ភាគរយនៃប្រជាជនគោលដៅ',
      legend_share: 'ភាគរយនៃប្រជាជនគោលដៅ',
      bin_below: 'តិចជាង {b}',
      bin_between: '{a} ដល់ {b}',
      bin_past: '{a} ឬច្រើនជាង៖ ហួសចំណុចរបត់',
      bin_none: 'គ្មានប្រជាជនគោលដៅ',
      legend_size: 'ទំហំរង្វង់៖ ហិកតា',
      legend_cells: 'ការ៉េពណ៌ស្រាល៖ ក្បាលដីនៃរដូវ រាប់តាមការ៉េ ' +
        '(ការ៉េដែលមានក្បាលដីតិចជាង ៥ មិនត្រូវបានបង្ហាញទេ)',
      legend_demo: 'ក្បាលដីសាកល្បងបង្ហាញ (ទីតាំងបង្គត់ប្រហែល ១០០ ម៉ែត្រ)',
      demo_site: 'ក្បាលដីសាកល្បងបង្ហាញ',
      cell_tip: 'ក្បាលដី {plots} ហិកតា {hectares}',
      fewer5: 'តិចជាង ៥',
      none: '–',
      adoption_title: 'ការទទួលយកតាមរដូវ',
      adoption_intro: 'កសិករ និងហិកតាដែលបានធ្វើការអនុវត្តកសិកម្មអភិរក្ស តាមរដូវ។',
      missing_bar: 'រដូវដែលគ្មានរបារកសិករ មានកសិករតិចជាង ៥ នាក់។',
      diffusion_title: 'អ្នកទទួលយកតាមឆ្នាំ និងចំណុចរបត់',
      diffusion_intro: 'កសិករដែលបានទទួលយករហូតមកដល់ពេលនេះ គំរូ Bass ដែលបានផ្គូផ្គងនឹងពួកគេ ' +
        '(ការច្នៃប្រឌិត p ការយកតម្រាប់ q) និងចំណុចរបត់ គឺ {threshold} នៃប្រជាជនគោលដៅ។',
      year: 'ឆ្នាំ',
      adopters: 'កសិករដែលបានទទួលយក',
      curve: 'គំរូ Bass',
      tipping_line: 'ចំណុចរបត់៖ {share} នៃ {m} = កសិករ {n} នាក់',
      tipping_year: 'ចំណុចរបត់ត្រូវបានរំពឹងនៅឆ្នាំ {year}។',
      tipping_passed: 'បានឆ្លងកាត់ចំណុចរបត់រួចហើយ។',
      tipping_none: 'ចំណុចរបត់មិនត្រូវបានឈានដល់ក្នុងឆ្នាំនៃគំរូទេ។',
      no_target: 'មិនមានប្រជាជនគោលដៅសម្រាប់តំបន់នេះទេ ដូច្នេះមិនអាចគូរចំណុចរបត់បានទេ។',
      params: 'ការច្នៃប្រឌិត p = {p} ការយកតម្រាប់ q = {q} សក្តានុពលទីផ្សារ m = {m}។',
      market_title: 'ទីផ្សារសេវា',
      market_intro: 'អ្នកផ្តល់សេវាដែលត្រូវបានជួលសម្រាប់ការអនុវត្ត សេវាដែលបានផ្តល់ ' +
        'ហិកតាដែលបានបម្រើ និងកសិករដែលបានជួល តាមឆ្នាំ។',
      providers: 'អ្នកផ្តល់សេវា',
      services_delivered: 'សេវាដែលបានផ្តល់',
      providers_title: 'អ្នកផ្តល់សេវា',
      providers_intro: 'អ្នកណាផ្តល់សេវាអ្វី នៅទីណា និងរបៀបទាក់ទងពួកគេ (ទំនាក់ទំនងអាជីវកម្ម)។',
      name: 'ឈ្មោះ',
      services: 'សេវា',
      districts_served: 'ស្រុកដែលបម្រើ',
      phone: 'ទូរស័ព្ទ',
      email: 'អ៊ីមែល',
      contact: 'អ្នកទំនាក់ទំនង',
      trials_title: 'លទ្ធផលការសាកល្បង',
      trials_intro: 'កសិកម្មអភិរក្ស (CA) ដក ការអនុវត្តរបស់កសិករ (FP) លើក្បាលដីជាគូនៃ' +
        'ការសាកល្បងនីមួយៗ៖ ភាពខុសគ្នាមធ្យម ចន្លោះជឿជាក់ 95% និងតម្លៃ p។',
      trial: 'ការសាកល្បង',
      measure: 'រង្វាស់',
      n: 'n',
      difference: 'ភាពខុសគ្នា (CA − FP)',
      ci: 'ចន្លោះជឿជាក់ 95%',
      p: 'p',
      downloads_title: 'ទាញយក',
      downloads_intro: 'តារាងសរុបនៃទំព័រនេះ៖ គ្មានឈ្មោះ គ្មានលេខទូរស័ព្ទកសិករ ' +
        'ចំនួនមនុស្សតិចជាង ៥ មិនត្រូវបានបង្ហាញទេ។',
      site_json: 'ទិន្នន័យទាំងអស់នៃទំព័រនេះ (JSON)',
      empty: 'មិនទាន់មានទិន្នន័យសម្រាប់ផ្នែកនេះទេ។',
      no_data: 'ទិន្នន័យនៃទំព័រនេះ (data/site.js) បាត់ ឬមិនអាចអានបានទេ។',
      no_library: 'ផ្នែកនេះត្រូវការ {file} ដែលបាត់។',
      privacy: 'ឯកជនភាព៖ មិនបោះផ្សាយឈ្មោះកសិករ លេខទូរស័ព្ទ ឬព្រំក្បាលដីទេ ' +
        'ចំនួនមនុស្សតិចជាង ៥ ត្រូវបានបង្ហាញថា «តិចជាង ៥» ' +
        'ក្បាលដីត្រូវបានបង្ហាញតែជាចំនួនតាមការ៉េប៉ុណ្ណោះ។',
      made_with: 'បង្កើតដោយ MetKasekor Desktop។ ផែនទី៖ Leaflet គំនូសតាង៖ Chart.js ' +
        'ពុម្ពអក្សរ៖ Noto Sans Khmer។',
      licences: 'អាជ្ញាប័ណ្ណ'
    }
  };

  var LANGS = ['km', 'en'];
  var FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, "Noto Sans Khmer", sans-serif';
  // Colours of the share of the target population, as parts of the tipping point.
  var SHARE_COLOURS = ['#e5f5c9', '#bde39a', '#83c76b', '#3f9e4a', '#0b5d2e'];
  var NO_SHARE_COLOUR = '#b9b9b9';
  var CELL_COLOUR = '#e9a15b';
  var DEMO_COLOUR = '#7a2b9e';
  var FARMERS_COLOUR = '#3f9e4a';
  var HECTARES_COLOUR = '#c98a3c';

  var data = (window.MK_SITE && typeof window.MK_SITE === 'object') ? window.MK_SITE : null;
  var state = {
    lang: 'km',
    season: 0,
    level: 'district',
    adoptionArea: null,
    diffusionArea: null,
    measure: null
  };
  var charts = {};
  var map = null;
  var mapLayer = null;
  var areaIndex = {};

  // ---- small helpers ------------------------------------------------------------------

  // An array from the data, without its empty items (anything else: an empty array).
  function list(value) {
    return Array.isArray(value) ? value.filter(function (item) {
      return item !== null && item !== undefined;
    }) : [];
  }

  function t(key, values) {
    var text = WORDS[state.lang][key];
    if (text === undefined) {
      text = WORDS.en[key] !== undefined ? WORDS.en[key] : key;
    }
    if (values) {
      text = text.replace(/\{(\w+)\}/g, function (whole, name) {
        return values[name] !== undefined ? String(values[name]) : whole;
      });
    }
    return text;
  }

  function nm(name) {
    if (name === null || name === undefined) {
      return '';
    }
    if (typeof name !== 'object') {
      return String(name);
    }
    return name[state.lang] || name.en || name.km || '';
  }

  function num(value, decimals) {
    if (typeof value !== 'number' || !isFinite(value)) {
      return t('none');
    }
    var d = decimals || 0;
    return value.toLocaleString('en-US', {minimumFractionDigits: d, maximumFractionDigits: d});
  }

  function pct(share, decimals) {
    if (typeof share !== 'number' || !isFinite(share)) {
      return t('none');
    }
    return num(share * 100, decimals === undefined ? 1 : decimals) + '%';
  }

  // A number of people: "fewer than 5" when suppressed (null), "–" when unknown.
  function people(value, suppressed) {
    if (typeof value === 'number') {
      return num(value, 0);
    }
    return suppressed ? t('fewer5') : t('none');
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) {
        return;
      }
      if (key === 'text') {
        node.textContent = value;
      } else if (key === 'className') {
        node.className = value;
      } else {
        node.setAttribute(key, value === true ? '' : value);
      }
    });
    list(children).forEach(function (child) {
      if (child === null || child === undefined) {
        return;
      }
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function byId(id) {
    return document.getElementById(id);
  }

  function clear(node) {
    while (node && node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function areaName(code) {
    var area = areaIndex[code];
    return area ? nm(area.name) || code : String(code);
  }

  function areaLabel(code) {
    var area = areaIndex[code];
    if (!area) {
      return String(code);
    }
    var parent = area.parent && areaIndex[area.parent];
    if (area.level === 'commune' && parent) {
      return areaName(code) + ' (' + nm(parent.name) + ')';
    }
    return areaName(code);
  }

  function seasonName(id) {
    var season = list(data && data.seasons).filter(function (s) { return s.id === id; })[0];
    return season ? nm(season.name) || String(season.year) : String(id);
  }

  function threshold() {
    return typeof data.threshold === 'number' ? data.threshold : 0.16;
  }

  // A table from column titles and rows of cells (text, or {text, className}).
  function fillTable(table, headers, rows) {
    clear(table);
    if (!rows.length) {
      table.parentNode.hidden = true;
      return false;
    }
    table.parentNode.hidden = false;
    var head = el('tr', {}, headers.map(function (h) {
      return el('th', {scope: 'col', text: h.text, className: h.numeric ? 'num' : null});
    }));
    table.appendChild(el('thead', {}, [head]));
    var body = el('tbody');
    rows.forEach(function (row) {
      body.appendChild(el('tr', {}, row.map(function (cell, i) {
        var td = el('td', {className: headers[i].numeric ? 'num' : null});
        if (cell && typeof cell === 'object' && cell.nodeType) {
          td.appendChild(cell);
        } else if (cell && typeof cell === 'object') {
          td.textContent = cell.text;
          if (cell.className) {
            td.className += (td.className ? ' ' : '') + cell.className;
          }
        } else {
          td.textContent = cell === null || cell === undefined ? '' : String(cell);
        }
        return td;
      })));
    });
    table.appendChild(body);
    return true;
  }

  function peopleCell(value, suppressed) {
    return {text: people(value, suppressed), className: value === null && suppressed ? 'fewer' : null};
  }

  // A note in place of a part that has nothing to show (kept once per container).
  function setEmpty(container, empty, key, values) {
    var note = container.querySelector(':scope > .empty');
    if (!empty) {
      if (note) {
        note.parentNode.removeChild(note);
      }
      return;
    }
    if (!note) {
      note = el('p', {className: 'empty'});
      var heading = container.querySelector('h2');
      var intro = container.querySelector('.intro');
      var after = intro || heading;
      container.insertBefore(note, after ? after.nextSibling : container.firstChild);
    }
    note.textContent = t(key || 'empty', values);
  }

  function destroyChart(name) {
    if (charts[name]) {
      charts[name].destroy();
      delete charts[name];
    }
  }

  function chartsAvailable(section, canvasId) {
    var box = byId(canvasId).parentNode;
    if (typeof window.Chart === 'undefined') {
      box.hidden = true;
      setEmpty(byId(section), true, 'no_library', {file: 'assets/vendor/chart.js/chart.umd.js'});
      return false;
    }
    return true;
  }

  function fillSelect(select, options, current) {
    clear(select);
    options.forEach(function (option) {
      if (option.group) {
        var group = el('optgroup', {label: option.group});
        option.items.forEach(function (item) {
          group.appendChild(el('option', {value: item.value, text: item.text,
            selected: item.value === current}));
        });
        select.appendChild(group);
      } else {
        select.appendChild(el('option', {value: option.value, text: option.text,
          selected: option.value === current}));
      }
    });
    select.parentNode.hidden = options.length === 0;
  }

  // ---- language -----------------------------------------------------------------------

  function chooseLanguage() {
    var asked = null;
    try {
      asked = new URLSearchParams(window.location.search).get('lang');
    } catch (e) {
      asked = null;
    }
    if (LANGS.indexOf(asked) >= 0) {
      return asked;
    }
    try {
      var stored = window.localStorage.getItem('mk-site-lang');
      if (LANGS.indexOf(stored) >= 0) {
        return stored;
      }
    } catch (e) {
      // localStorage can be refused for file:// pages; the default is Khmer.
    }
    return 'km';
  }

  function setLanguage(lang) {
    state.lang = lang;
    try {
      window.localStorage.setItem('mk-site-lang', lang);
    } catch (e) {
      // Not remembered: fine.
    }
    try {
      var url = new URL(window.location.href);
      if (url.searchParams.has('lang')) {
        url.searchParams.set('lang', lang);
        window.history.replaceState(null, '', url.toString());
      }
    } catch (e) {
      // Some browsers refuse to change a file:// address; the language still changes.
    }
    render();
  }

  function renderWords() {
    document.documentElement.lang = state.lang;
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (node) {
      node.textContent = t(node.getAttribute('data-i18n'));
    });
    byId('lang-group').setAttribute('aria-label', t('language'));
    Array.prototype.forEach.call(document.querySelectorAll('[data-lang]'), function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-lang') === state.lang));
    });
    var title = data ? nm(data.title) : '';
    byId('site-title').textContent = title || t('title');
    document.title = (title || t('title')) + ' – MetKasekor';
    byId('site-published').textContent = data && data.published ?
      t('published', {date: data.published}) : '';
  }

  // ---- map ----------------------------------------------------------------------------

  function shareColour(share) {
    if (typeof share !== 'number' || !isFinite(share)) {
      return NO_SHARE_COLOUR;
    }
    var part = share / threshold();
    var index = part >= 1 ? 4 : Math.min(3, Math.floor(part * 4));
    return SHARE_COLOURS[Math.max(0, index)];
  }

  function seasonRows(seasonId, level) {
    return list(data.adoption).filter(function (row) {
      var area = areaIndex[row.area];
      return row.season === seasonId && area && area.level === level;
    });
  }

  function maxHectares(level) {
    var most = 0;
    list(data.adoption).forEach(function (row) {
      var area = areaIndex[row.area];
      if (area && area.level === level && typeof row.hectares === 'number') {
        most = Math.max(most, row.hectares);
      }
    });
    return most;
  }

  function tipContent(lines) {
    var box = el('div', {className: 'tip'});
    lines.forEach(function (line, i) {
      box.appendChild(el(i === 0 ? 'strong' : 'div', {text: line}));
    });
    return box;
  }

  function currentSeason() {
    var seasons = list(data.seasons);
    return seasons.length ? seasons[Math.min(state.season, seasons.length - 1)] : null;
  }

  function drawMap() {
    var section = byId('map-section');
    var seasons = list(data.seasons);
    var slider = byId('season-slider');
    slider.max = String(Math.max(0, seasons.length - 1));
    slider.value = String(state.season);
    slider.disabled = seasons.length < 2;
    var season = currentSeason();
    byId('season-name').textContent = season ? nm(season.name) : t('none');
    Array.prototype.forEach.call(document.querySelectorAll('input[name="level"]'),
      function (radio) { radio.checked = radio.value === state.level; });

    if (typeof window.L === 'undefined') {
      byId('map').hidden = true;
      setEmpty(section, true, 'no_library', {file: 'assets/vendor/leaflet/leaflet.js'});
    } else {
      drawMapLayers(season);
    }
    drawLegend();
    drawSeasonTable(season);
  }

  function drawMapLayers(season) {
    var L = window.L;
    if (!map) {
      map = L.map('map', {zoomSnap: 0.25, scrollWheelZoom: false, preferCanvas: false});
      map.attributionControl.setPrefix('Leaflet');
      L.control.scale({imperial: false}).addTo(map);
      mapLayer = L.layerGroup().addTo(map);
      var bounds = mapBounds();
      if (bounds) {
        var fit = function () {
          map.invalidateSize();
          map.fitBounds(bounds, {padding: [45, 45], maxZoom: 12});  // circles reach 30 px
        };
        fit();
        // The page settles after the map is made (fonts, a phone's narrow layout): fit
        // again then, and on a resize, until the reader moves the map.
        var moved = false;
        map.on('dragstart', function () { moved = true; });
        map.getContainer().addEventListener('wheel', function () { moved = true; });
        map.getContainer().addEventListener('click', function () { moved = true; });
        var refit = function () { if (!moved) { fit(); } };
        window.addEventListener('load', refit);
        window.addEventListener('resize', refit);
        setTimeout(refit, 0);
      } else {
        map.setView([12.6, 104.9], 7);  // Cambodia
      }
    }
    mapLayer.clearLayers();
    var seasonId = season ? season.id : null;

    var cells = data.cells && Array.isArray(data.cells.features) ? data.cells.features : [];
    var seasonCells = cells.filter(function (f) {
      return f && f.geometry && (!f.properties || f.properties.season === seasonId ||
        f.properties.season === undefined);
    });
    if (seasonCells.length) {
      L.geoJSON({type: 'FeatureCollection', features: seasonCells}, {
        style: function () {
          return {color: CELL_COLOUR, weight: 0.6, opacity: 0.6, fillColor: CELL_COLOUR,
            fillOpacity: 0.3};
        },
        onEachFeature: function (feature, layer) {
          var p = feature.properties || {};
          layer.bindTooltip(tipContent([t('cell_tip', {plots: num(p.plots, 0),
            hectares: num(p.hectares, 1)})]), {sticky: true});
        }
      }).addTo(mapLayer);
    }

    var most = maxHectares(state.level);
    var rows = seasonRows(seasonId, state.level).slice().sort(function (a, b) {
      return (b.hectares || 0) - (a.hectares || 0);
    });
    rows.forEach(function (row) {
      var area = areaIndex[row.area];
      if (typeof area.lat !== 'number' || typeof area.lon !== 'number') {
        return;
      }
      var radius = 5 + (most > 0 && row.hectares > 0 ? 25 * Math.sqrt(row.hectares / most) : 0);
      L.circleMarker([area.lat, area.lon], {
        radius: radius, color: '#24452c', weight: 1.2, fillColor: shareColour(row.share),
        fillOpacity: 0.85
      }).bindTooltip(tipContent([
        areaLabel(row.area),
        t('farmers') + ': ' + people(row.farmers, row.suppressed),
        t('hectares') + ': ' + num(row.hectares, 1),
        t('share') + ': ' + pct(row.share),
        t('target') + ': ' + num(row.target, 0)
      ])).addTo(mapLayer);
    });

    list(data.demo_sites).forEach(function (site) {
      if (typeof site.lat !== 'number' || typeof site.lon !== 'number') {
        return;
      }
      var seasonsOfSite = list(site.seasons);
      if (seasonId !== null && seasonsOfSite.length && seasonsOfSite.indexOf(seasonId) < 0) {
        return;
      }
      L.circleMarker([site.lat, site.lon], {
        radius: 4.5, color: '#ffffff', weight: 1.5, fillColor: DEMO_COLOUR, fillOpacity: 1
      }).bindTooltip(tipContent([t('demo_site'), site.area ? areaLabel(site.area) : '']))
        .addTo(mapLayer);
    });
  }

  function mapBounds() {
    var points = [];
    list(data.areas).forEach(function (a) {
      if (typeof a.lat === 'number' && typeof a.lon === 'number' && a.level !== 'province') {
        points.push([a.lat, a.lon]);
      }
    });
    list(data.demo_sites).forEach(function (s) {
      if (typeof s.lat === 'number' && typeof s.lon === 'number') {
        points.push([s.lat, s.lon]);
      }
    });
    if (!points.length) {
      return null;
    }
    var bounds = window.L.latLngBounds(points);
    if (points.length === 1) {
      bounds = bounds.pad(0.5);
      var c = bounds.getCenter();
      bounds = window.L.latLngBounds([c.lat - 0.1, c.lng - 0.1], [c.lat + 0.1, c.lng + 0.1]);
    }
    return bounds;
  }

  function legendSwatch(colour, shape) {
    return el('span', {className: 'swatch ' + (shape || 'dot'), style: 'background:' + colour});
  }

  function drawLegend() {
    var box = byId('map-legend');
    clear(box);
    var th = threshold();
    var steps = [0.25, 0.5, 0.75].map(function (f) { return th * f; });
    var items = [
      [SHARE_COLOURS[0], t('bin_below', {b: pct(steps[0])})],
      [SHARE_COLOURS[1], t('bin_between', {a: pct(steps[0]), b: pct(steps[1])})],
      [SHARE_COLOURS[2], t('bin_between', {a: pct(steps[1]), b: pct(steps[2])})],
      [SHARE_COLOURS[3], t('bin_between', {a: pct(steps[2]), b: pct(th)})],
      [SHARE_COLOURS[4], t('bin_past', {a: pct(th)})],
      [NO_SHARE_COLOUR, t('bin_none')]
    ];
    box.appendChild(el('div', {className: 'legend-title', text: t('legend_share')}));
    var ul = el('ul', {className: 'legend-items'});
    items.forEach(function (item) {
      ul.appendChild(el('li', {}, [legendSwatch(item[0]), item[1]]));
    });
    box.appendChild(ul);
    var other = el('ul', {className: 'legend-items'});
    other.appendChild(el('li', {}, [el('span', {className: 'swatch ring'}), t('legend_size')]));
    other.appendChild(el('li', {}, [legendSwatch(CELL_COLOUR, 'square'), t('legend_cells')]));
    other.appendChild(el('li', {}, [legendSwatch(DEMO_COLOUR, 'small'), t('legend_demo')]));
    box.appendChild(other);
  }

  function drawSeasonTable(season) {
    var rows = season ? seasonRows(season.id, state.level) : [];
    rows = rows.slice().sort(function (a, b) {
      return areaLabel(a.area).localeCompare(areaLabel(b.area));
    });
    var headers = [
      {text: state.level === 'commune' ? t('commune') : t('district')},
      {text: t('farmers'), numeric: true},
      {text: t('women'), numeric: true},
      {text: t('men'), numeric: true},
      {text: t('plots'), numeric: true},
      {text: t('hectares'), numeric: true},
      {text: t('target'), numeric: true},
      {text: t('share'), numeric: true}
    ];
    var shown = fillTable(byId('adoption-table'), headers, rows.map(function (row) {
      return [
        areaLabel(row.area),
        peopleCell(row.farmers, row.suppressed),
        peopleCell(row.women, row.suppressed || row.women === null),
        peopleCell(row.men, row.suppressed || row.men === null),
        num(row.plots, 0),
        num(row.hectares, 1),
        num(row.target, 0),
        pct(row.share)
      ];
    }));
    setEmpty(byId('map-section'), !shown);
  }

  // ---- charts -------------------------------------------------------------------------

  function baseOptions() {
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: {mode: 'index', intersect: false},
      plugins: {legend: {position: 'bottom', labels: {boxWidth: 14,
        sort: function (a, b) { return a.datasetIndex - b.datasetIndex; }}}}
    };
  }

  function adoptionAreas() {
    var codes = {};
    list(data.adoption).forEach(function (row) { codes[row.area] = true; });
    var groups = [];
    ['province', 'district', 'commune'].forEach(function (level) {
      var items = list(data.areas).filter(function (a) {
        return a.level === level && codes[a.code];
      }).map(function (a) {
        return {value: a.code, text: areaLabel(a.code)};
      });
      if (items.length) {
        groups.push({group: t(level), items: items});
      }
    });
    return groups;
  }

  function drawAdoptionChart() {
    var section = byId('adoption-section');
    destroyChart('adoption');
    var groups = adoptionAreas();
    var codes = [];
    groups.forEach(function (g) { g.items.forEach(function (i) { codes.push(i.value); }); });
    if (codes.indexOf(state.adoptionArea) < 0) {
      state.adoptionArea = codes.length ? codes[0] : null;
    }
    fillSelect(byId('adoption-area'), groups, state.adoptionArea);
    var box = byId('adoption-chart').parentNode;
    var empty = !codes.length || !list(data.seasons).length;
    box.hidden = empty;
    section.querySelector('.note').hidden = empty;
    setEmpty(section, empty);
    if (empty || !chartsAvailable('adoption-section', 'adoption-chart')) {
      return;
    }
    var seasons = list(data.seasons);
    var rows = seasons.map(function (s) {
      return list(data.adoption).filter(function (r) {
        return r.season === s.id && r.area === state.adoptionArea;
      })[0] || null;
    });
    var options = baseOptions();
    options.scales = {
      y: {beginAtZero: true, position: 'left', title: {display: true, text: t('farmers')},
        ticks: {precision: 0}},
      y1: {beginAtZero: true, position: 'right', grid: {drawOnChartArea: false},
        title: {display: true, text: t('hectares')}}
    };
    options.plugins.tooltip = {callbacks: {label: function (ctx) {
      var row = rows[ctx.dataIndex];
      if (ctx.datasetIndex === 0) {
        return t('farmers') + ': ' + (row ? people(row.farmers, row.suppressed) : t('none'));
      }
      return t('hectares') + ': ' + (row ? num(row.hectares, 1) : t('none'));
    }}};
    charts.adoption = new window.Chart(byId('adoption-chart'), {
      type: 'bar',
      data: {
        labels: seasons.map(function (s) { return nm(s.name) || String(s.year); }),
        datasets: [
          {label: t('farmers'), yAxisID: 'y', backgroundColor: FARMERS_COLOUR,
            data: rows.map(function (r) { return r && typeof r.farmers === 'number' ? r.farmers : null; })},
          {label: t('hectares'), yAxisID: 'y1', backgroundColor: HECTARES_COLOUR,
            data: rows.map(function (r) { return r && typeof r.hectares === 'number' ? r.hectares : null; })}
        ]
      },
      options: options
    });
  }

  function drawDiffusionChart() {
    var section = byId('diffusion-section');
    destroyChart('diffusion');
    byId('diffusion-intro').textContent = t('diffusion_intro', {threshold: pct(threshold(), 0)});
    var entries = list(data.diffusion);
    var groups = [];
    ['province', 'district', 'commune'].forEach(function (level) {
      var items = entries.filter(function (d) { return d.level === level; }).map(function (d) {
        return {value: d.area, text: areaLabel(d.area)};
      });
      if (items.length) {
        groups.push({group: t(level), items: items});
      }
    });
    var codes = entries.map(function (d) { return d.area; });
    if (codes.indexOf(state.diffusionArea) < 0) {
      state.diffusionArea = codes.length ? codes[0] : null;
    }
    fillSelect(byId('diffusion-area'), groups, state.diffusionArea);
    var facts = byId('diffusion-facts');
    clear(facts);
    var entry = entries.filter(function (d) { return d.area === state.diffusionArea; })[0];
    var box = byId('diffusion-chart').parentNode;
    box.hidden = !entry;
    setEmpty(section, !entry);
    if (!entry) {
      return;
    }
    var observed = list(entry.years);
    var curve = list(entry.curve);
    var m = typeof entry.m === 'number' && entry.m > 0 ? entry.m : null;
    if (m !== null) {
      var parts = [t('params', {p: num(entry.p, 4), q: num(entry.q, 3), m: num(m, 0)})];
      if (entry.passed) {
        parts.push(t('tipping_passed'));
      } else if (typeof entry.tipping_year === 'number') {
        parts.push(t('tipping_year', {year: entry.tipping_year}));
      } else if (curve.length) {
        parts.push(t('tipping_none'));
      }
      facts.appendChild(el('p', {text: parts.join(' ')}));
    } else {
      facts.appendChild(el('p', {text: t('no_target')}));
    }
    if (entry.note) {
      facts.appendChild(el('p', {className: 'note', text: nm(entry.note)}));
    }
    if (observed.some(function (y) { return y.adopters === null; })) {
      facts.appendChild(el('p', {className: 'note', text: t('missing_bar')}));
    }
    if (!chartsAvailable('diffusion-section', 'diffusion-chart')) {
      return;
    }
    var years = {};
    observed.concat(curve).forEach(function (y) {
      if (typeof y.year === 'number') {
        years[y.year] = true;
      }
    });
    var labels = Object.keys(years).map(Number).sort(function (a, b) { return a - b; });
    function valuesOf(rows) {
      return labels.map(function (year) {
        var row = rows.filter(function (r) { return r.year === year; })[0];
        return row && typeof row.adopters === 'number' ? row.adopters : null;
      });
    }
    var datasets = [{
      type: 'bar', label: t('adopters'), data: valuesOf(observed), backgroundColor: FARMERS_COLOUR,
      order: 3
    }];
    if (curve.length) {
      datasets.push({type: 'line', label: t('curve'), data: valuesOf(curve), borderColor: '#1f5f8b',
        backgroundColor: '#1f5f8b', pointRadius: 0, borderWidth: 2, tension: 0.3, spanGaps: true,
        order: 2});
    }
    if (m !== null) {
      var level = threshold() * m;
      datasets.push({type: 'line', label: t('tipping_line', {share: pct(threshold(), 0),
        m: num(m, 0), n: num(Math.round(level), 0)}), data: labels.map(function () { return level; }),
        borderColor: '#c0392b', backgroundColor: '#c0392b', borderDash: [6, 4], borderWidth: 2,
        pointRadius: 0, order: 1});
    }
    var options = baseOptions();
    options.scales = {
      x: {title: {display: true, text: t('year')}},
      y: {beginAtZero: true, title: {display: true, text: t('farmers')}, ticks: {precision: 0}}
    };
    options.plugins.tooltip = {callbacks: {label: function (ctx) {
      if (ctx.datasetIndex === 0 && ctx.raw === null) {
        var row = observed.filter(function (r) { return r.year === labels[ctx.dataIndex]; })[0];
        return t('adopters') + ': ' + (row ? t('fewer5') : t('none'));
      }
      var decimals = ctx.datasetIndex === 0 ? 0 : 1;
      return ctx.dataset.label.split(':')[0] + ': ' + num(ctx.raw, decimals);
    }}};
    charts.diffusion = new window.Chart(byId('diffusion-chart'), {
      data: {labels: labels.map(String), datasets: datasets},
      options: options
    });
  }

  // ---- tables -------------------------------------------------------------------------

  function drawMarket() {
    var rows = list(data.market).slice().sort(function (a, b) {
      return (b.year - a.year) || areaLabel(a.area).localeCompare(areaLabel(b.area));
    });
    var shown = fillTable(byId('market-table'), [
      {text: t('year')}, {text: t('area')}, {text: t('providers'), numeric: true},
      {text: t('services_delivered'), numeric: true}, {text: t('hectares'), numeric: true},
      {text: t('farmers'), numeric: true}
    ], rows.map(function (r) {
      return [String(r.year), areaLabel(r.area), num(r.providers, 0), num(r.services, 0),
        num(r.hectares, 1), peopleCell(r.farmers, r.suppressed)];
    }));
    setEmpty(byId('market-section'), !shown);
  }

  function link(href, text) {
    return el('a', {href: href, text: text});
  }

  function drawProviders() {
    var rows = list(data.providers).slice().sort(function (a, b) {
      return String(a.name).localeCompare(String(b.name));
    });
    var shown = fillTable(byId('providers-table'), [
      {text: t('name')}, {text: t('services')}, {text: t('districts_served')},
      {text: t('phone')}, {text: t('email')}, {text: t('contact')}
    ], rows.map(function (p) {
      var phone = p.phone ? link('tel:' + String(p.phone).replace(/[^0-9+]/g, ''), p.phone) : '';
      var email = p.email ? link('mailto:' + p.email, p.email) : '';
      return [
        nm(p.name),
        list(p.services).map(nm).join(state.lang === 'km' ? ' · ' : ', '),
        list(p.districts).map(areaName).join(state.lang === 'km' ? ' · ' : ', '),
        phone, email, nm(p.contact)
      ];
    }));
    setEmpty(byId('providers-section'), !shown);
  }

  function measureKey(r) {
    return nm(r.measure) + (r.unit ? ' (' + r.unit + ')' : '');
  }

  function drawTrials() {
    var section = byId('trials-section');
    destroyChart('trials');
    var rows = list(data.trials);
    var shown = fillTable(byId('trials-table'), [
      {text: t('trial')}, {text: t('season')}, {text: t('measure')}, {text: t('n'), numeric: true},
      {text: t('difference'), numeric: true}, {text: t('ci'), numeric: true},
      {text: t('p'), numeric: true}
    ], rows.map(function (r) {
      var unit = r.unit ? ' ' + r.unit : '';
      var ci = typeof r.ci_low === 'number' && typeof r.ci_high === 'number' ?
        num(r.ci_low, 2) + ' … ' + num(r.ci_high, 2) + unit : t('none');
      return [String(r.trial), seasonName(r.season), nm(r.measure), num(r.n, 0),
        typeof r.difference === 'number' ? num(r.difference, 2) + unit : t('none'), ci,
        typeof r.p === 'number' ? (r.p < 0.001 ? '< 0.001' : num(r.p, 3)) : t('none')];
    }));
    setEmpty(section, !shown);
    var keys = [];
    rows.forEach(function (r) {
      if (keys.indexOf(measureKey(r)) < 0) {
        keys.push(measureKey(r));
      }
    });
    if (keys.indexOf(state.measure) < 0) {
      state.measure = keys.length ? keys[0] : null;
    }
    fillSelect(byId('trials-measure'), keys.map(function (k) { return {value: k, text: k}; }),
      state.measure);
    byId('trials-measure').parentNode.parentNode.hidden = keys.length < 2;
    var box = byId('trials-chart').parentNode;
    var chosen = rows.filter(function (r) {
      return measureKey(r) === state.measure && typeof r.difference === 'number';
    });
    box.hidden = !chosen.length;
    if (!chosen.length || !chartsAvailable('trials-section', 'trials-chart')) {
      return;
    }
    box.style.height = Math.max(180, 70 + 42 * chosen.length) + 'px';
    var labels = chosen.map(function (r) { return String(r.trial) + ' · ' + seasonName(r.season); });
    var options = baseOptions();
    options.indexAxis = 'y';
    options.interaction = {mode: 'nearest', axis: 'y', intersect: false};
    options.scales = {
      x: {title: {display: true, text: t('difference') + ', ' + state.measure},
        grid: {color: function (ctx) {
          return ctx.tick && ctx.tick.value === 0 ? '#333333' : 'rgba(0,0,0,0.08)';
        }}},
      y: {grid: {display: false}}
    };
    options.plugins.tooltip = {callbacks: {label: function (ctx) {
      var r = chosen[ctx.dataIndex];
      if (ctx.datasetIndex === 0) {
        return t('ci') + ': ' + num(r.ci_low, 2) + ' … ' + num(r.ci_high, 2);
      }
      return t('difference') + ': ' + num(r.difference, 2) + ' (n = ' + num(r.n, 0) + ')';
    }}};
    charts.trials = new window.Chart(byId('trials-chart'), {
      type: 'bar',
      data: {
        labels: labels,
        datasets: [
          {type: 'bar', label: t('ci'), backgroundColor: 'rgba(31,95,139,0.28)',
            borderColor: '#1f5f8b', borderWidth: 1, barPercentage: 0.35, categoryPercentage: 1,
            data: chosen.map(function (r) {
              return typeof r.ci_low === 'number' && typeof r.ci_high === 'number' ?
                [r.ci_low, r.ci_high] : null;
            })},
          {type: 'line', label: t('difference'), showLine: false, pointRadius: 6,
            pointHoverRadius: 7, pointStyle: 'rectRot', backgroundColor: '#c0392b',
            borderColor: '#c0392b', data: chosen.map(function (r) { return r.difference; })}
        ]
      },
      options: options
    });
  }

  function drawDownloads() {
    var ul = byId('downloads-list');
    clear(ul);
    list(data.downloads).forEach(function (d) {
      if (!d || !d.file) {
        return;
      }
      var file = String(d.file);
      var href = file.indexOf('/') >= 0 ? file : 'downloads/' + file;
      var name = href.split('/').pop();
      var title = nm(d.title) || name;
      ul.appendChild(el('li', {}, [el('a', {href: href, download: name, text: title}),
        title !== name ? el('span', {className: 'file', text: ' ' + name}) : null]));
    });
    ul.appendChild(el('li', {}, [el('a', {href: 'data/site.json', text: t('site_json')}),
      el('span', {className: 'file', text: ' site.json'})]));
  }

  // ---- the page -----------------------------------------------------------------------

  function runPart(part) {
    try {
      part();
    } catch (error) {
      // One part failing must not take the others down; the error stays visible to a
      // developer in the console.
      window.setTimeout(function () { throw error; });
    }
  }

  function render() {
    renderWords();
    if (!data) {
      var notice = byId('site-notice');
      notice.textContent = t('no_data');
      notice.hidden = false;
      Array.prototype.forEach.call(document.querySelectorAll('main > section'), function (s) {
        s.hidden = true;
      });
      return;
    }
    [drawMap, drawAdoptionChart, drawDiffusionChart, drawMarket, drawProviders, drawTrials,
      drawDownloads].forEach(runPart);
  }

  function start() {
    if (data) {
      list(data.areas).forEach(function (a) { areaIndex[a.code] = a; });
      state.season = Math.max(0, list(data.seasons).length - 1);
    }
    if (window.Chart) {
      window.Chart.defaults.font.family = FONT;
      window.Chart.defaults.font.size = 13;
      window.Chart.defaults.color = '#2b2b2b';
    }
    state.lang = chooseLanguage();
    Array.prototype.forEach.call(document.querySelectorAll('[data-lang]'), function (button) {
      button.addEventListener('click', function () {
        setLanguage(button.getAttribute('data-lang'));
      });
    });
    byId('season-slider').addEventListener('input', function (event) {
      state.season = Number(event.target.value) || 0;
      runPart(drawMap);
    });
    Array.prototype.forEach.call(document.querySelectorAll('input[name="level"]'),
      function (radio) {
        radio.addEventListener('change', function () {
          if (radio.checked) {
            state.level = radio.value;
            runPart(drawMap);
          }
        });
      });
    byId('adoption-area').addEventListener('change', function (event) {
      state.adoptionArea = event.target.value;
      runPart(drawAdoptionChart);
    });
    byId('diffusion-area').addEventListener('change', function (event) {
      state.diffusionArea = event.target.value;
      runPart(drawDiffusionChart);
    });
    byId('trials-measure').addEventListener('change', function (event) {
      state.measure = event.target.value;
      runPart(drawTrials);
    });
    render();
    // The Khmer font arrives after the first drawing: lay the page out now, so that the
    // faces its text needs start loading, and draw everything again once they are there
    // (the charts draw on a canvas, which does not redraw itself; and text first shaped
    // with a fallback face may otherwise keep it).
    if (document.fonts && document.fonts.ready && document.body) {
      void document.body.offsetHeight;
      if (document.fonts.status === 'loading') {
        document.fonts.ready.then(function () { runPart(render); }, function () {});
      }
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
