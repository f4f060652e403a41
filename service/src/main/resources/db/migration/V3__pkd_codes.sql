-- Reference data: Polish PKD 2007 codes (Polska Klasyfikacja Działalności 2007, equivalent to NACE Rev. 2).
-- All 88 divisions (działy, level DIVISION) plus the subclasses (podklasy, level SUBCLASS) relevant to
-- industrial clusters: plastics and rubber, metals and metalworking, tooling, machinery, electrical and
-- automotive, repair and installation, and the IT, engineering, R&D, education, public and membership
-- bodies that work with them. Polish names are the official PKD 2007 names (Rozporządzenie Rady Ministrów
-- z dnia 24 grudnia 2007 r.); English names are the official NACE Rev. 2 division and class titles. NACE has
-- no subclass level, so where PKD splits a class into lettered subclasses (e.g. 29.10.A-E, 71.20.B) the
-- English name is the NACE class title followed by a short qualifier in parentheses.
-- This is not the full list of subclasses: administrators can add more rows to pkd_code.
-- Plain SQL for PostgreSQL 15 and H2 2.x (PostgreSQL mode). Rows are sorted by code.

-- Divisions 01-19
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('01', 'Uprawy rolne, chów i hodowla zwierząt, łowiectwo, włączając działalność usługową', 'Crop and animal production, hunting and related service activities', 'DIVISION'),
    ('02', 'Leśnictwo i pozyskiwanie drewna', 'Forestry and logging', 'DIVISION'),
    ('03', 'Rybactwo', 'Fishing and aquaculture', 'DIVISION'),
    ('05', 'Wydobywanie węgla kamiennego i węgla brunatnego (lignitu)', 'Mining of coal and lignite', 'DIVISION'),
    ('06', 'Górnictwo ropy naftowej i gazu ziemnego', 'Extraction of crude petroleum and natural gas', 'DIVISION'),
    ('07', 'Górnictwo rud metali', 'Mining of metal ores', 'DIVISION'),
    ('08', 'Pozostałe górnictwo i wydobywanie', 'Other mining and quarrying', 'DIVISION'),
    ('09', 'Działalność usługowa wspomagająca górnictwo i wydobywanie', 'Mining support service activities', 'DIVISION'),
    ('10', 'Produkcja artykułów spożywczych', 'Manufacture of food products', 'DIVISION'),
    ('11', 'Produkcja napojów', 'Manufacture of beverages', 'DIVISION'),
    ('12', 'Produkcja wyrobów tytoniowych', 'Manufacture of tobacco products', 'DIVISION'),
    ('13', 'Produkcja wyrobów tekstylnych', 'Manufacture of textiles', 'DIVISION'),
    ('14', 'Produkcja odzieży', 'Manufacture of wearing apparel', 'DIVISION'),
    ('15', 'Produkcja skór i wyrobów ze skór wyprawionych', 'Manufacture of leather and related products', 'DIVISION'),
    ('16', 'Produkcja wyrobów z drewna oraz korka, z wyłączeniem mebli; produkcja wyrobów ze słomy i materiałów używanych do wyplatania', 'Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles of straw and plaiting materials', 'DIVISION'),
    ('17', 'Produkcja papieru i wyrobów z papieru', 'Manufacture of paper and paper products', 'DIVISION'),
    ('18', 'Poligrafia i reprodukcja zapisanych nośników informacji', 'Printing and reproduction of recorded media', 'DIVISION'),
    ('19', 'Wytwarzanie i przetwarzanie koksu i produktów rafinacji ropy naftowej', 'Manufacture of coke and refined petroleum products', 'DIVISION');

-- Division 20 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('20', 'Produkcja chemikaliów i wyrobów chemicznych', 'Manufacture of chemicals and chemical products', 'DIVISION'),
    ('20.16.Z', 'Produkcja tworzyw sztucznych w formach podstawowych', 'Manufacture of plastics in primary forms', 'SUBCLASS'),
    ('20.17.Z', 'Produkcja kauczuku syntetycznego w formach podstawowych', 'Manufacture of synthetic rubber in primary forms', 'SUBCLASS'),
    ('20.30.Z', 'Produkcja farb, lakierów i podobnych powłok, farb drukarskich i mas uszczelniających', 'Manufacture of paints, varnishes and similar coatings, printing ink and mastics', 'SUBCLASS'),
    ('20.59.Z', 'Produkcja pozostałych wyrobów chemicznych, gdzie indziej niesklasyfikowana', 'Manufacture of other chemical products n.e.c.', 'SUBCLASS');

-- Division 21
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('21', 'Produkcja podstawowych substancji farmaceutycznych oraz leków i pozostałych wyrobów farmaceutycznych', 'Manufacture of basic pharmaceutical products and pharmaceutical preparations', 'DIVISION');

-- Division 22 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('22', 'Produkcja wyrobów z gumy i tworzyw sztucznych', 'Manufacture of rubber and plastic products', 'DIVISION'),
    ('22.11.Z', 'Produkcja opon i dętek z gumy; bieżnikowanie i regenerowanie opon z gumy', 'Manufacture of rubber tyres and tubes; retreading and rebuilding of rubber tyres', 'SUBCLASS'),
    ('22.19.Z', 'Produkcja pozostałych wyrobów z gumy', 'Manufacture of other rubber products', 'SUBCLASS'),
    ('22.21.Z', 'Produkcja płyt, arkuszy, rur i kształtowników z tworzyw sztucznych', 'Manufacture of plastic plates, sheets, tubes and profiles', 'SUBCLASS'),
    ('22.22.Z', 'Produkcja opakowań z tworzyw sztucznych', 'Manufacture of plastic packing goods', 'SUBCLASS'),
    ('22.23.Z', 'Produkcja wyrobów dla budownictwa z tworzyw sztucznych', 'Manufacture of builders'' ware of plastic', 'SUBCLASS'),
    ('22.29.Z', 'Produkcja pozostałych wyrobów z tworzyw sztucznych', 'Manufacture of other plastic products', 'SUBCLASS');

-- Division 23
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('23', 'Produkcja wyrobów z pozostałych mineralnych surowców niemetalicznych', 'Manufacture of other non-metallic mineral products', 'DIVISION');

-- Division 24 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('24', 'Produkcja metali', 'Manufacture of basic metals', 'DIVISION'),
    ('24.10.Z', 'Produkcja surówki, żelazostopów, żeliwa i stali oraz wyrobów hutniczych', 'Manufacture of basic iron and steel and of ferro-alloys', 'SUBCLASS'),
    ('24.20.Z', 'Produkcja rur, przewodów, kształtowników zamkniętych i łączników, ze stali', 'Manufacture of tubes, pipes, hollow profiles and related fittings, of steel', 'SUBCLASS'),
    ('24.31.Z', 'Produkcja prętów ciągnionych na zimno', 'Cold drawing of bars', 'SUBCLASS'),
    ('24.32.Z', 'Produkcja wyrobów płaskich walcowanych na zimno', 'Cold rolling of narrow strip', 'SUBCLASS'),
    ('24.33.Z', 'Produkcja wyrobów formowanych na zimno', 'Cold forming or folding', 'SUBCLASS'),
    ('24.34.Z', 'Produkcja drutu', 'Cold drawing of wire', 'SUBCLASS'),
    ('24.41.Z', 'Produkcja metali szlachetnych', 'Precious metals production', 'SUBCLASS'),
    ('24.42.A', 'Produkcja aluminium hutniczego', 'Aluminium production (primary aluminium)', 'SUBCLASS'),
    ('24.42.B', 'Produkcja wyrobów z aluminium i stopów aluminium', 'Aluminium production (products of aluminium and aluminium alloys)', 'SUBCLASS'),
    ('24.43.Z', 'Produkcja ołowiu, cynku i cyny', 'Lead, zinc and tin production', 'SUBCLASS'),
    ('24.44.Z', 'Produkcja miedzi', 'Copper production', 'SUBCLASS'),
    ('24.45.Z', 'Produkcja pozostałych metali nieżelaznych', 'Other non-ferrous metal production', 'SUBCLASS'),
    ('24.46.Z', 'Wytwarzanie paliw jądrowych', 'Processing of nuclear fuel', 'SUBCLASS'),
    ('24.51.Z', 'Odlewnictwo żeliwa', 'Casting of iron', 'SUBCLASS'),
    ('24.52.Z', 'Odlewnictwo staliwa', 'Casting of steel', 'SUBCLASS'),
    ('24.53.Z', 'Odlewnictwo metali lekkich', 'Casting of light metals', 'SUBCLASS'),
    ('24.54.A', 'Odlewnictwo miedzi i stopów miedzi', 'Casting of other non-ferrous metals (copper and copper alloys)', 'SUBCLASS'),
    ('24.54.B', 'Odlewnictwo pozostałych metali nieżelaznych, gdzie indziej niesklasyfikowane', 'Casting of other non-ferrous metals (other than copper, n.e.c.)', 'SUBCLASS');

-- Division 25 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('25', 'Produkcja metalowych wyrobów gotowych, z wyłączeniem maszyn i urządzeń', 'Manufacture of fabricated metal products, except machinery and equipment', 'DIVISION'),
    ('25.11.Z', 'Produkcja konstrukcji metalowych i ich części', 'Manufacture of metal structures and parts of structures', 'SUBCLASS'),
    ('25.12.Z', 'Produkcja metalowych elementów stolarki budowlanej', 'Manufacture of doors and windows of metal', 'SUBCLASS'),
    ('25.21.Z', 'Produkcja grzejników i kotłów centralnego ogrzewania', 'Manufacture of central heating radiators and boilers', 'SUBCLASS'),
    ('25.29.Z', 'Produkcja pozostałych zbiorników, cystern i pojemników metalowych', 'Manufacture of other tanks, reservoirs and containers of metal', 'SUBCLASS'),
    ('25.30.Z', 'Produkcja wytwornic pary, z wyłączeniem kotłów do centralnego ogrzewania gorącą wodą', 'Manufacture of steam generators, except central heating hot water boilers', 'SUBCLASS'),
    ('25.40.Z', 'Produkcja broni i amunicji', 'Manufacture of weapons and ammunition', 'SUBCLASS'),
    ('25.50.Z', 'Kucie, prasowanie, wytłaczanie i walcowanie metali; metalurgia proszków', 'Forging, pressing, stamping and roll-forming of metal; powder metallurgy', 'SUBCLASS'),
    ('25.61.Z', 'Obróbka metali i nakładanie powłok na metale', 'Treatment and coating of metals', 'SUBCLASS'),
    ('25.62.Z', 'Obróbka mechaniczna elementów metalowych', 'Machining', 'SUBCLASS'),
    ('25.71.Z', 'Produkcja wyrobów nożowniczych i sztućców', 'Manufacture of cutlery', 'SUBCLASS'),
    ('25.72.Z', 'Produkcja zamków i zawiasów', 'Manufacture of locks and hinges', 'SUBCLASS'),
    ('25.73.Z', 'Produkcja narzędzi', 'Manufacture of tools', 'SUBCLASS'),
    ('25.91.Z', 'Produkcja pojemników metalowych', 'Manufacture of steel drums and similar containers', 'SUBCLASS'),
    ('25.92.Z', 'Produkcja opakowań z metali', 'Manufacture of light metal packaging', 'SUBCLASS'),
    ('25.93.Z', 'Produkcja wyrobów z drutu, łańcuchów i sprężyn', 'Manufacture of wire products, chain and springs', 'SUBCLASS'),
    ('25.94.Z', 'Produkcja złączy i śrub', 'Manufacture of fasteners and screw machine products', 'SUBCLASS'),
    ('25.99.Z', 'Produkcja pozostałych gotowych wyrobów metalowych, gdzie indziej niesklasyfikowana', 'Manufacture of other fabricated metal products n.e.c.', 'SUBCLASS');

-- Division 26 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('26', 'Produkcja komputerów, wyrobów elektronicznych i optycznych', 'Manufacture of computer, electronic and optical products', 'DIVISION'),
    ('26.11.Z', 'Produkcja elementów elektronicznych', 'Manufacture of electronic components', 'SUBCLASS'),
    ('26.12.Z', 'Produkcja elektronicznych obwodów drukowanych', 'Manufacture of loaded electronic boards', 'SUBCLASS'),
    ('26.51.Z', 'Produkcja instrumentów i przyrządów pomiarowych, kontrolnych i nawigacyjnych', 'Manufacture of instruments and appliances for measuring, testing and navigation', 'SUBCLASS');

-- Division 27 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('27', 'Produkcja urządzeń elektrycznych', 'Manufacture of electrical equipment', 'DIVISION'),
    ('27.11.Z', 'Produkcja elektrycznych silników, prądnic i transformatorów', 'Manufacture of electric motors, generators and transformers', 'SUBCLASS'),
    ('27.12.Z', 'Produkcja aparatury rozdzielczej i sterowniczej energii elektrycznej', 'Manufacture of electricity distribution and control apparatus', 'SUBCLASS'),
    ('27.20.Z', 'Produkcja baterii i akumulatorów', 'Manufacture of batteries and accumulators', 'SUBCLASS'),
    ('27.31.Z', 'Produkcja kabli światłowodowych', 'Manufacture of fibre optic cables', 'SUBCLASS'),
    ('27.32.Z', 'Produkcja pozostałych elektronicznych i elektrycznych przewodów i kabli', 'Manufacture of other electronic and electric wires and cables', 'SUBCLASS'),
    ('27.33.Z', 'Produkcja sprzętu instalacyjnego', 'Manufacture of wiring devices', 'SUBCLASS'),
    ('27.40.Z', 'Produkcja elektrycznego sprzętu oświetleniowego', 'Manufacture of electric lighting equipment', 'SUBCLASS'),
    ('27.51.Z', 'Produkcja elektrycznego sprzętu gospodarstwa domowego', 'Manufacture of electric domestic appliances', 'SUBCLASS'),
    ('27.52.Z', 'Produkcja nieelektrycznego sprzętu gospodarstwa domowego', 'Manufacture of non-electric domestic appliances', 'SUBCLASS'),
    ('27.90.Z', 'Produkcja pozostałego sprzętu elektrycznego', 'Manufacture of other electrical equipment', 'SUBCLASS');

-- Division 28 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('28', 'Produkcja maszyn i urządzeń, gdzie indziej niesklasyfikowana', 'Manufacture of machinery and equipment n.e.c.', 'DIVISION'),
    ('28.11.Z', 'Produkcja silników i turbin, z wyłączeniem silników lotniczych, samochodowych i motocyklowych', 'Manufacture of engines and turbines, except aircraft, vehicle and cycle engines', 'SUBCLASS'),
    ('28.12.Z', 'Produkcja sprzętu i wyposażenia do napędu hydraulicznego i pneumatycznego', 'Manufacture of fluid power equipment', 'SUBCLASS'),
    ('28.13.Z', 'Produkcja pozostałych pomp i sprężarek', 'Manufacture of other pumps and compressors', 'SUBCLASS'),
    ('28.14.Z', 'Produkcja pozostałych kurków i zaworów', 'Manufacture of other taps and valves', 'SUBCLASS'),
    ('28.15.Z', 'Produkcja łożysk, kół zębatych, przekładni zębatych i elementów napędowych', 'Manufacture of bearings, gears, gearing and driving elements', 'SUBCLASS'),
    ('28.21.Z', 'Produkcja pieców, palenisk i palników piecowych', 'Manufacture of ovens, furnaces and furnace burners', 'SUBCLASS'),
    ('28.22.Z', 'Produkcja urządzeń dźwigowych i chwytaków', 'Manufacture of lifting and handling equipment', 'SUBCLASS'),
    ('28.23.Z', 'Produkcja maszyn i sprzętu biurowego, z wyłączeniem komputerów i urządzeń peryferyjnych', 'Manufacture of office machinery and equipment (except computers and peripheral equipment)', 'SUBCLASS'),
    ('28.24.Z', 'Produkcja narzędzi ręcznych mechanicznych', 'Manufacture of power-driven hand tools', 'SUBCLASS'),
    ('28.25.Z', 'Produkcja przemysłowych urządzeń chłodniczych i wentylacyjnych', 'Manufacture of non-domestic cooling and ventilation equipment', 'SUBCLASS'),
    ('28.29.Z', 'Produkcja pozostałych maszyn ogólnego przeznaczenia, gdzie indziej niesklasyfikowana', 'Manufacture of other general-purpose machinery n.e.c.', 'SUBCLASS'),
    ('28.30.Z', 'Produkcja maszyn dla rolnictwa i leśnictwa', 'Manufacture of agricultural and forestry machinery', 'SUBCLASS'),
    ('28.41.Z', 'Produkcja maszyn do obróbki metalu', 'Manufacture of metal forming machinery', 'SUBCLASS'),
    ('28.49.Z', 'Produkcja pozostałych narzędzi mechanicznych', 'Manufacture of other machine tools', 'SUBCLASS'),
    ('28.91.Z', 'Produkcja maszyn dla metalurgii', 'Manufacture of machinery for metallurgy', 'SUBCLASS'),
    ('28.92.Z', 'Produkcja maszyn dla górnictwa i do wydobywania oraz budownictwa', 'Manufacture of machinery for mining, quarrying and construction', 'SUBCLASS'),
    ('28.93.Z', 'Produkcja maszyn stosowanych w przetwórstwie żywności, tytoniu i produkcji napojów', 'Manufacture of machinery for food, beverage and tobacco processing', 'SUBCLASS'),
    ('28.94.Z', 'Produkcja maszyn dla przemysłu tekstylnego, odzieżowego i skórzanego', 'Manufacture of machinery for textile, apparel and leather production', 'SUBCLASS'),
    ('28.95.Z', 'Produkcja maszyn dla przemysłu papierniczego', 'Manufacture of machinery for paper and paperboard production', 'SUBCLASS'),
    ('28.96.Z', 'Produkcja maszyn do obróbki gumy lub tworzyw sztucznych oraz wytwarzania wyrobów z tych materiałów', 'Manufacture of plastics and rubber machinery', 'SUBCLASS'),
    ('28.99.Z', 'Produkcja pozostałych maszyn specjalnego przeznaczenia, gdzie indziej niesklasyfikowana', 'Manufacture of other special-purpose machinery n.e.c.', 'SUBCLASS');

-- Division 29 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('29', 'Produkcja pojazdów samochodowych, przyczep i naczep, z wyłączeniem motocykli', 'Manufacture of motor vehicles, trailers and semi-trailers', 'DIVISION'),
    ('29.10.A', 'Produkcja silników do pojazdów samochodowych (z wyłączeniem motocykli) oraz do ciągników rolniczych', 'Manufacture of motor vehicles (engines for motor vehicles and agricultural tractors)', 'SUBCLASS'),
    ('29.10.B', 'Produkcja samochodów osobowych', 'Manufacture of motor vehicles (passenger cars)', 'SUBCLASS'),
    ('29.10.C', 'Produkcja autobusów', 'Manufacture of motor vehicles (buses)', 'SUBCLASS'),
    ('29.10.D', 'Produkcja pojazdów samochodowych przeznaczonych do przewozu towarów', 'Manufacture of motor vehicles (goods vehicles)', 'SUBCLASS'),
    ('29.10.E', 'Produkcja pozostałych pojazdów samochodowych, z wyłączeniem motocykli', 'Manufacture of motor vehicles (other motor vehicles, except motorcycles)', 'SUBCLASS'),
    ('29.20.Z', 'Produkcja nadwozi do pojazdów silnikowych; produkcja przyczep i naczep', 'Manufacture of bodies (coachwork) for motor vehicles; manufacture of trailers and semi-trailers', 'SUBCLASS'),
    ('29.31.Z', 'Produkcja wyposażenia elektrycznego i elektronicznego do pojazdów silnikowych', 'Manufacture of electrical and electronic equipment for motor vehicles', 'SUBCLASS'),
    ('29.32.Z', 'Produkcja pozostałych części i akcesoriów do pojazdów silnikowych, z wyłączeniem motocykli', 'Manufacture of other parts and accessories for motor vehicles', 'SUBCLASS');

-- Divisions 30-31
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('30', 'Produkcja pozostałego sprzętu transportowego', 'Manufacture of other transport equipment', 'DIVISION'),
    ('31', 'Produkcja mebli', 'Manufacture of furniture', 'DIVISION');

-- Division 32 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('32', 'Pozostała produkcja wyrobów', 'Other manufacturing', 'DIVISION'),
    ('32.50.Z', 'Produkcja urządzeń, instrumentów oraz wyrobów medycznych, włączając dentystyczne', 'Manufacture of medical and dental instruments and supplies', 'SUBCLASS');

-- Division 33 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('33', 'Naprawa, konserwacja i instalowanie maszyn i urządzeń', 'Repair and installation of machinery and equipment', 'DIVISION'),
    ('33.11.Z', 'Naprawa i konserwacja metalowych wyrobów gotowych', 'Repair of fabricated metal products', 'SUBCLASS'),
    ('33.12.Z', 'Naprawa i konserwacja maszyn', 'Repair of machinery', 'SUBCLASS'),
    ('33.13.Z', 'Naprawa i konserwacja urządzeń elektronicznych i optycznych', 'Repair of electronic and optical equipment', 'SUBCLASS'),
    ('33.14.Z', 'Naprawa i konserwacja urządzeń elektrycznych', 'Repair of electrical equipment', 'SUBCLASS'),
    ('33.15.Z', 'Naprawa i konserwacja statków i łodzi', 'Repair and maintenance of ships and boats', 'SUBCLASS'),
    ('33.16.Z', 'Naprawa i konserwacja statków powietrznych i statków kosmicznych', 'Repair and maintenance of aircraft and spacecraft', 'SUBCLASS'),
    ('33.17.Z', 'Naprawa i konserwacja pozostałego sprzętu transportowego', 'Repair and maintenance of other transport equipment', 'SUBCLASS'),
    ('33.19.Z', 'Naprawa i konserwacja pozostałego sprzętu i wyposażenia', 'Repair of other equipment', 'SUBCLASS'),
    ('33.20.Z', 'Instalowanie maszyn przemysłowych, sprzętu i wyposażenia', 'Installation of industrial machinery and equipment', 'SUBCLASS');

-- Divisions 35-37
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('35', 'Wytwarzanie i zaopatrywanie w energię elektryczną, gaz, parę wodną, gorącą wodę i powietrze do układów klimatyzacyjnych', 'Electricity, gas, steam and air conditioning supply', 'DIVISION'),
    ('36', 'Pobór, uzdatnianie i dostarczanie wody', 'Water collection, treatment and supply', 'DIVISION'),
    ('37', 'Odprowadzanie i oczyszczanie ścieków', 'Sewerage', 'DIVISION');

-- Division 38 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('38', 'Działalność związana ze zbieraniem, przetwarzaniem i unieszkodliwianiem odpadów; odzysk surowców', 'Waste collection, treatment and disposal activities; materials recovery', 'DIVISION'),
    ('38.32.Z', 'Odzysk surowców z materiałów segregowanych', 'Recovery of sorted materials', 'SUBCLASS');

-- Divisions 39-45
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('39', 'Działalność związana z rekultywacją i pozostała działalność usługowa związana z gospodarką odpadami', 'Remediation activities and other waste management services', 'DIVISION'),
    ('41', 'Roboty budowlane związane ze wznoszeniem budynków', 'Construction of buildings', 'DIVISION'),
    ('42', 'Roboty związane z budową obiektów inżynierii lądowej i wodnej', 'Civil engineering', 'DIVISION'),
    ('43', 'Roboty budowlane specjalistyczne', 'Specialised construction activities', 'DIVISION'),
    ('45', 'Handel hurtowy i detaliczny pojazdami samochodowymi; naprawa pojazdów samochodowych', 'Wholesale and retail trade and repair of motor vehicles and motorcycles', 'DIVISION');

-- Division 46 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('46', 'Handel hurtowy, z wyłączeniem handlu pojazdami samochodowymi', 'Wholesale trade, except of motor vehicles and motorcycles', 'DIVISION'),
    ('46.62.Z', 'Sprzedaż hurtowa obrabiarek', 'Wholesale of machine tools', 'SUBCLASS'),
    ('46.69.Z', 'Sprzedaż hurtowa pozostałych maszyn i urządzeń', 'Wholesale of other machinery and equipment', 'SUBCLASS'),
    ('46.72.Z', 'Sprzedaż hurtowa metali i rud metali', 'Wholesale of metals and metal ores', 'SUBCLASS'),
    ('46.76.Z', 'Sprzedaż hurtowa pozostałych półproduktów', 'Wholesale of other intermediate products', 'SUBCLASS');

-- Divisions 47-61
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('47', 'Handel detaliczny, z wyłączeniem handlu detalicznego pojazdami samochodowymi', 'Retail trade, except of motor vehicles and motorcycles', 'DIVISION'),
    ('49', 'Transport lądowy oraz transport rurociągowy', 'Land transport and transport via pipelines', 'DIVISION'),
    ('50', 'Transport wodny', 'Water transport', 'DIVISION'),
    ('51', 'Transport lotniczy', 'Air transport', 'DIVISION'),
    ('52', 'Magazynowanie i działalność usługowa wspomagająca transport', 'Warehousing and support activities for transportation', 'DIVISION'),
    ('53', 'Działalność pocztowa i kurierska', 'Postal and courier activities', 'DIVISION'),
    ('55', 'Zakwaterowanie', 'Accommodation', 'DIVISION'),
    ('56', 'Działalność usługowa związana z wyżywieniem', 'Food and beverage service activities', 'DIVISION'),
    ('58', 'Działalność wydawnicza', 'Publishing activities', 'DIVISION'),
    ('59', 'Działalność związana z produkcją filmów, nagrań wideo, programów telewizyjnych, nagrań dźwiękowych i muzycznych', 'Motion picture, video and television programme production, sound recording and music publishing activities', 'DIVISION'),
    ('60', 'Nadawanie programów ogólnodostępnych i abonamentowych', 'Programming and broadcasting activities', 'DIVISION'),
    ('61', 'Telekomunikacja', 'Telecommunications', 'DIVISION');

-- Division 62 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('62', 'Działalność związana z oprogramowaniem i doradztwem w zakresie informatyki oraz działalność powiązana', 'Computer programming, consultancy and related activities', 'DIVISION'),
    ('62.01.Z', 'Działalność związana z oprogramowaniem', 'Computer programming activities', 'SUBCLASS'),
    ('62.02.Z', 'Działalność związana z doradztwem w zakresie informatyki', 'Computer consultancy activities', 'SUBCLASS'),
    ('62.09.Z', 'Pozostała działalność usługowa w zakresie technologii informatycznych i komputerowych', 'Other information technology and computer service activities', 'SUBCLASS');

-- Division 63
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('63', 'Działalność usługowa w zakresie informacji', 'Information service activities', 'DIVISION');

-- Division 64 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('64', 'Finansowa działalność usługowa, z wyłączeniem ubezpieczeń i funduszów emerytalnych', 'Financial service activities, except insurance and pension funding', 'DIVISION'),
    ('64.99.Z', 'Pozostała finansowa działalność usługowa, gdzie indziej niesklasyfikowana, z wyłączeniem ubezpieczeń i funduszów emerytalnych', 'Other financial service activities, except insurance and pension funding n.e.c.', 'SUBCLASS');

-- Division 65
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('65', 'Ubezpieczenia, reasekuracja oraz fundusze emerytalne, z wyłączeniem obowiązkowego ubezpieczenia społecznego', 'Insurance, reinsurance and pension funding, except compulsory social security', 'DIVISION');

-- Division 66 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('66', 'Działalność wspomagająca usługi finansowe oraz ubezpieczenia i fundusze emerytalne', 'Activities auxiliary to financial services and insurance activities', 'DIVISION'),
    ('66.19.Z', 'Pozostała działalność wspomagająca usługi finansowe, z wyłączeniem ubezpieczeń i funduszów emerytalnych', 'Other activities auxiliary to financial services, except insurance and pension funding', 'SUBCLASS');

-- Divisions 68-69
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('68', 'Działalność związana z obsługą rynku nieruchomości', 'Real estate activities', 'DIVISION'),
    ('69', 'Działalność prawnicza, rachunkowo-księgowa i doradztwo podatkowe', 'Legal and accounting activities', 'DIVISION');

-- Division 70 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('70', 'Działalność firm centralnych (head offices); doradztwo związane z zarządzaniem', 'Activities of head offices; management consultancy activities', 'DIVISION'),
    ('70.22.Z', 'Pozostałe doradztwo w zakresie prowadzenia działalności gospodarczej i zarządzania', 'Business and other management consultancy activities', 'SUBCLASS');

-- Division 71 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('71', 'Działalność w zakresie architektury i inżynierii; badania i analizy techniczne', 'Architectural and engineering activities; technical testing and analysis', 'DIVISION'),
    ('71.12.Z', 'Działalność w zakresie inżynierii i związane z nią doradztwo techniczne', 'Engineering activities and related technical consultancy', 'SUBCLASS'),
    ('71.20.B', 'Pozostałe badania i analizy techniczne', 'Technical testing and analysis (other than food quality testing)', 'SUBCLASS');

-- Division 72 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('72', 'Badania naukowe i prace rozwojowe', 'Scientific research and development', 'DIVISION'),
    ('72.11.Z', 'Badania naukowe i prace rozwojowe w dziedzinie biotechnologii', 'Research and experimental development on biotechnology', 'SUBCLASS'),
    ('72.19.Z', 'Badania naukowe i prace rozwojowe w dziedzinie pozostałych nauk przyrodniczych i technicznych', 'Other research and experimental development on natural sciences and engineering', 'SUBCLASS'),
    ('72.20.Z', 'Badania naukowe i prace rozwojowe w dziedzinie nauk społecznych i humanistycznych', 'Research and experimental development on social sciences and humanities', 'SUBCLASS');

-- Division 73 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('73', 'Reklama, badanie rynku i opinii publicznej', 'Advertising and market research', 'DIVISION'),
    ('73.11.Z', 'Działalność agencji reklamowych', 'Advertising agencies', 'SUBCLASS');

-- Division 74 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('74', 'Pozostała działalność profesjonalna, naukowa i techniczna', 'Other professional, scientific and technical activities', 'DIVISION'),
    ('74.10.Z', 'Działalność w zakresie specjalistycznego projektowania', 'Specialised design activities', 'SUBCLASS'),
    ('74.90.Z', 'Pozostała działalność profesjonalna, naukowa i techniczna, gdzie indziej niesklasyfikowana', 'Other professional, scientific and technical activities n.e.c.', 'SUBCLASS');

-- Divisions 75-81
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('75', 'Działalność weterynaryjna', 'Veterinary activities', 'DIVISION'),
    ('77', 'Wynajem i dzierżawa', 'Rental and leasing activities', 'DIVISION'),
    ('78', 'Działalność związana z zatrudnieniem', 'Employment activities', 'DIVISION'),
    ('79', 'Działalność organizatorów turystyki, pośredników i agentów turystycznych oraz pozostała działalność usługowa w zakresie rezerwacji i działalności z nią związane', 'Travel agency, tour operator and other reservation service and related activities', 'DIVISION'),
    ('80', 'Działalność detektywistyczna i ochroniarska', 'Security and investigation activities', 'DIVISION'),
    ('81', 'Działalność usługowa związana z utrzymaniem porządku w budynkach i zagospodarowaniem terenów zieleni', 'Services to buildings and landscape activities', 'DIVISION');

-- Division 82 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('82', 'Działalność związana z administracyjną obsługą biura i pozostała działalność wspomagająca prowadzenie działalności gospodarczej', 'Office administrative, office support and other business support activities', 'DIVISION'),
    ('82.30.Z', 'Działalność związana z organizacją targów, wystaw i kongresów', 'Organisation of conventions and trade shows', 'SUBCLASS');

-- Division 84 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('84', 'Administracja publiczna i obrona narodowa; obowiązkowe zabezpieczenia społeczne', 'Public administration and defence; compulsory social security', 'DIVISION'),
    ('84.11.Z', 'Kierowanie podstawowymi rodzajami działalności publicznej', 'General public administration activities', 'SUBCLASS'),
    ('84.13.Z', 'Kierowanie w zakresie efektywności gospodarowania', 'Regulation of and contribution to more efficient operation of businesses', 'SUBCLASS');

-- Division 85 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('85', 'Edukacja', 'Education', 'DIVISION'),
    ('85.32.A', 'Technika', 'Technical and vocational secondary education (technical secondary schools)', 'SUBCLASS'),
    ('85.32.B', 'Zasadnicze szkoły zawodowe', 'Technical and vocational secondary education (basic vocational schools)', 'SUBCLASS'),
    ('85.41.Z', 'Szkoły policealne', 'Post-secondary non-tertiary education', 'SUBCLASS'),
    ('85.42.B', 'Szkoły wyższe', 'Tertiary education (higher education institutions)', 'SUBCLASS'),
    ('85.59.B', 'Pozostałe pozaszkolne formy edukacji, gdzie indziej niesklasyfikowane', 'Other education n.e.c. (other than foreign language teaching)', 'SUBCLASS'),
    ('85.60.Z', 'Działalność wspomagająca edukację', 'Educational support activities', 'SUBCLASS');

-- Divisions 86-93
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('86', 'Opieka zdrowotna', 'Human health activities', 'DIVISION'),
    ('87', 'Pomoc społeczna z zakwaterowaniem', 'Residential care activities', 'DIVISION'),
    ('88', 'Pomoc społeczna bez zakwaterowania', 'Social work activities without accommodation', 'DIVISION'),
    ('90', 'Działalność twórcza związana z kulturą i rozrywką', 'Creative, arts and entertainment activities', 'DIVISION'),
    ('91', 'Działalność bibliotek, archiwów, muzeów oraz pozostała działalność związana z kulturą', 'Libraries, archives, museums and other cultural activities', 'DIVISION'),
    ('92', 'Działalność związana z grami losowymi i zakładami wzajemnymi', 'Gambling and betting activities', 'DIVISION'),
    ('93', 'Działalność sportowa, rozrywkowa i rekreacyjna', 'Sports activities and amusement and recreation activities', 'DIVISION');

-- Division 94 and its subclasses
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('94', 'Działalność organizacji członkowskich', 'Activities of membership organisations', 'DIVISION'),
    ('94.11.Z', 'Działalność organizacji komercyjnych i pracodawców', 'Activities of business and employers membership organisations', 'SUBCLASS'),
    ('94.12.Z', 'Działalność organizacji profesjonalnych', 'Activities of professional membership organisations', 'SUBCLASS'),
    ('94.99.Z', 'Działalność pozostałych organizacji członkowskich, gdzie indziej niesklasyfikowana', 'Activities of other membership organisations n.e.c.', 'SUBCLASS');

-- Divisions 95-99
INSERT INTO pkd_code (code, name_pl, name_en, level) VALUES
    ('95', 'Naprawa i konserwacja komputerów i artykułów użytku osobistego i domowego', 'Repair of computers and personal and household goods', 'DIVISION'),
    ('96', 'Pozostała indywidualna działalność usługowa', 'Other personal service activities', 'DIVISION'),
    ('97', 'Gospodarstwa domowe zatrudniające pracowników', 'Activities of households as employers of domestic personnel', 'DIVISION'),
    ('98', 'Gospodarstwa domowe produkujące wyroby i świadczące usługi na własne potrzeby', 'Undifferentiated goods- and services-producing activities of private households for own use', 'DIVISION'),
    ('99', 'Organizacje i zespoły eksterytorialne', 'Activities of extraterritorial organisations and bodies', 'DIVISION');
