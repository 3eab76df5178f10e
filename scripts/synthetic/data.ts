/**
 * Word lists for the synthetic data generator. Romanian-looking, never real organisations:
 * every generated name is prefixed "[SINTETIC]" and every contact uses reserved .example domains
 * and the unallocated 0700 000 xxx range.
 */

export interface County {
  /** Suffix of the `judetul-*` area id in content/taxonomy/areas.yaml. */
  id: string;
  name: string;
  /** The county seat first, then other towns. */
  towns: string[];
  /** Rough centre of the county seat (lat, lng); generated points are jittered around it. */
  lat: number;
  lng: number;
  /** Rough share of providers (population-like weight). */
  weight: number;
  /** Hungarian is commonly spoken here, so some services list it. */
  hu?: boolean;
}

export const COUNTIES: County[] = [
  { id: 'alba', name: 'Alba', towns: ['Alba Iulia', 'Sebeș', 'Aiud', 'Blaj'], lat: 46.07, lng: 23.58, weight: 1.3 },
  { id: 'arad', name: 'Arad', towns: ['Arad', 'Lipova', 'Ineu', 'Pecica'], lat: 46.18, lng: 21.31, weight: 1.6 },
  { id: 'arges', name: 'Argeș', towns: ['Pitești', 'Câmpulung', 'Curtea de Argeș', 'Mioveni'], lat: 44.86, lng: 24.87, weight: 2.2 },
  { id: 'bacau', name: 'Bacău', towns: ['Bacău', 'Onești', 'Moinești', 'Comănești'], lat: 46.57, lng: 26.91, weight: 2.2 },
  { id: 'bihor', name: 'Bihor', towns: ['Oradea', 'Salonta', 'Marghita', 'Beiuș'], lat: 47.06, lng: 21.93, weight: 2.1, hu: true },
  { id: 'bistrita-nasaud', name: 'Bistrița-Năsăud', towns: ['Bistrița', 'Năsăud', 'Beclean', 'Sângeorz-Băi'], lat: 47.13, lng: 24.49, weight: 1.1 },
  { id: 'botosani', name: 'Botoșani', towns: ['Botoșani', 'Dorohoi', 'Darabani', 'Săveni'], lat: 47.75, lng: 26.67, weight: 1.5 },
  { id: 'braila', name: 'Brăila', towns: ['Brăila', 'Ianca', 'Însurăței', 'Făurei'], lat: 45.27, lng: 27.96, weight: 1.2 },
  { id: 'brasov', name: 'Brașov', towns: ['Brașov', 'Făgăraș', 'Săcele', 'Codlea'], lat: 45.65, lng: 25.61, weight: 2.3 },
  { id: 'bucuresti', name: 'București', towns: ['București'], lat: 44.43, lng: 26.1, weight: 7.5 },
  { id: 'buzau', name: 'Buzău', towns: ['Buzău', 'Râmnicu Sărat', 'Nehoiu', 'Pogoanele'], lat: 45.15, lng: 26.82, weight: 1.6 },
  { id: 'calarasi', name: 'Călărași', towns: ['Călărași', 'Oltenița', 'Lehliu-Gară', 'Budești'], lat: 44.2, lng: 27.33, weight: 1.0 },
  { id: 'caras-severin', name: 'Caraș-Severin', towns: ['Reșița', 'Caransebeș', 'Oravița', 'Moldova Nouă'], lat: 45.3, lng: 21.89, weight: 1.0 },
  { id: 'cluj', name: 'Cluj', towns: ['Cluj-Napoca', 'Turda', 'Dej', 'Câmpia Turzii', 'Gherla'], lat: 46.77, lng: 23.59, weight: 3.3, hu: true },
  { id: 'constanta', name: 'Constanța', towns: ['Constanța', 'Mangalia', 'Medgidia', 'Năvodari'], lat: 44.18, lng: 28.63, weight: 2.6 },
  { id: 'covasna', name: 'Covasna', towns: ['Sfântu Gheorghe', 'Târgu Secuiesc', 'Covasna', 'Baraolt'], lat: 45.86, lng: 25.79, weight: 0.8, hu: true },
  { id: 'dambovita', name: 'Dâmbovița', towns: ['Târgoviște', 'Moreni', 'Pucioasa', 'Găești'], lat: 44.93, lng: 25.46, weight: 1.8 },
  { id: 'dolj', name: 'Dolj', towns: ['Craiova', 'Băilești', 'Calafat', 'Filiași'], lat: 44.32, lng: 23.8, weight: 2.5 },
  { id: 'galati', name: 'Galați', towns: ['Galați', 'Tecuci', 'Târgu Bujor', 'Berești'], lat: 45.44, lng: 28.05, weight: 2.1 },
  { id: 'giurgiu', name: 'Giurgiu', towns: ['Giurgiu', 'Bolintin-Vale', 'Mihăilești'], lat: 43.9, lng: 25.97, weight: 1.0 },
  { id: 'gorj', name: 'Gorj', towns: ['Târgu Jiu', 'Motru', 'Rovinari', 'Bumbești-Jiu'], lat: 45.04, lng: 23.27, weight: 1.2 },
  { id: 'harghita', name: 'Harghita', towns: ['Miercurea Ciuc', 'Odorheiu Secuiesc', 'Gheorgheni', 'Toplița'], lat: 46.36, lng: 25.8, weight: 1.1, hu: true },
  { id: 'hunedoara', name: 'Hunedoara', towns: ['Deva', 'Hunedoara', 'Petroșani', 'Orăștie'], lat: 45.88, lng: 22.9, weight: 1.6 },
  { id: 'ialomita', name: 'Ialomița', towns: ['Slobozia', 'Fetești', 'Urziceni', 'Țăndărei'], lat: 44.56, lng: 27.36, weight: 0.9 },
  { id: 'iasi', name: 'Iași', towns: ['Iași', 'Pașcani', 'Hârlău', 'Târgu Frumos'], lat: 47.16, lng: 27.59, weight: 3.3 },
  { id: 'ilfov', name: 'Ilfov', towns: ['Buftea', 'Voluntari', 'Pantelimon', 'Popești-Leordeni', 'Otopeni'], lat: 44.52, lng: 26.05, weight: 1.8 },
  { id: 'maramures', name: 'Maramureș', towns: ['Baia Mare', 'Sighetu Marmației', 'Borșa', 'Vișeu de Sus'], lat: 47.66, lng: 23.58, weight: 1.7 },
  { id: 'mehedinti', name: 'Mehedinți', towns: ['Drobeta-Turnu Severin', 'Orșova', 'Strehaia', 'Vânju Mare'], lat: 44.63, lng: 22.66, weight: 0.9 },
  { id: 'mures', name: 'Mureș', towns: ['Târgu Mureș', 'Reghin', 'Sighișoara', 'Târnăveni'], lat: 46.54, lng: 24.56, weight: 2.0, hu: true },
  { id: 'neamt', name: 'Neamț', towns: ['Piatra Neamț', 'Roman', 'Târgu Neamț', 'Bicaz'], lat: 46.93, lng: 26.37, weight: 1.7 },
  { id: 'olt', name: 'Olt', towns: ['Slatina', 'Caracal', 'Balș', 'Corabia'], lat: 44.43, lng: 24.37, weight: 1.4 },
  { id: 'prahova', name: 'Prahova', towns: ['Ploiești', 'Câmpina', 'Sinaia', 'Mizil'], lat: 44.94, lng: 26.03, weight: 2.7 },
  { id: 'salaj', name: 'Sălaj', towns: ['Zalău', 'Șimleu Silvaniei', 'Jibou', 'Cehu Silvaniei'], lat: 47.19, lng: 23.06, weight: 0.8, hu: true },
  { id: 'satu-mare', name: 'Satu Mare', towns: ['Satu Mare', 'Carei', 'Negrești-Oaș', 'Tășnad'], lat: 47.79, lng: 22.89, weight: 1.2, hu: true },
  { id: 'sibiu', name: 'Sibiu', towns: ['Sibiu', 'Mediaș', 'Cisnădie', 'Avrig'], lat: 45.79, lng: 24.15, weight: 1.6 },
  { id: 'suceava', name: 'Suceava', towns: ['Suceava', 'Fălticeni', 'Rădăuți', 'Câmpulung Moldovenesc'], lat: 47.65, lng: 26.26, weight: 2.4 },
  { id: 'teleorman', name: 'Teleorman', towns: ['Alexandria', 'Roșiorii de Vede', 'Turnu Măgurele', 'Zimnicea'], lat: 43.97, lng: 25.33, weight: 1.3 },
  { id: 'timis', name: 'Timiș', towns: ['Timișoara', 'Lugoj', 'Sânnicolau Mare', 'Jimbolia'], lat: 45.75, lng: 21.23, weight: 2.9 },
  { id: 'tulcea', name: 'Tulcea', towns: ['Tulcea', 'Babadag', 'Măcin', 'Isaccea'], lat: 45.18, lng: 28.8, weight: 0.8 },
  { id: 'valcea', name: 'Vâlcea', towns: ['Râmnicu Vâlcea', 'Drăgășani', 'Horezu', 'Călimănești'], lat: 45.1, lng: 24.37, weight: 1.4 },
  { id: 'vaslui', name: 'Vaslui', towns: ['Vaslui', 'Bârlad', 'Huși', 'Negrești'], lat: 46.64, lng: 27.73, weight: 1.4 },
  { id: 'vrancea', name: 'Vrancea', towns: ['Focșani', 'Adjud', 'Mărășești', 'Panciu'], lat: 45.7, lng: 27.18, weight: 1.2 },
];

/**
 * Made-up street names, 25 of them, none a real street's: a real name with a made-up number gave the
 * address of a shelter the registry withholds at 50,000 providers, and a whole street the registry
 * withholds matches any house on it. The confidentiality guard and validate must never meet one here.
 */
export const STREETS = [
  'Strada Inventată', 'Strada Imaginară', 'Strada Fictivă', 'Strada Exemplului', 'Strada Sintetică',
  'Bulevardul Închipuirii', 'Calea Probelor', 'Strada Machetei', 'Strada Schiței', 'Strada Modelului',
  'Strada Eșantionului', 'Strada Încercării', 'Strada Testelor', 'Strada Ciornei', 'Strada Prototipului',
  'Strada Simulării', 'Strada Presupunerii', 'Strada Ipotezei', 'Strada Năluca', 'Aleea Fantomelor',
  'Strada Nicăieri', 'Strada Himerei', 'Piața Închipuită', 'Strada Basmului', 'Calea Poveștii',
];

export const NGO_WORDS = [
  'Speranța', 'Inimă de Copil', 'Casa Luminii', 'Pâine și Zâmbet', 'Mâini Întinse', 'Șansa Ta', 'Viață Nouă',
  'Acasă', 'Rază de Soare', 'Împreună', 'Ajutor Comunitar', 'Prietenii Bătrâneții', 'Drumul Spre Casă',
  'Bucuria Vieții', 'Încredere', 'Pași Mărunți', 'Lumina Zilei', 'Vis de Copil', 'Solidaritate', 'Punte',
  'Grija Aproapelui', 'Mâine e Altă Zi', 'Familia Întâi', 'Ușa Deschisă', 'Țara Copiilor', 'Sănătate și Demnitate',
];

export const SAINTS = ['Sfântul Nicolae', 'Sfânta Parascheva', 'Sfinții Arhangheli', 'Sfântul Gheorghe', 'Sfânta Maria', 'Sfântul Ilie', 'Sfântul Dumitru'];

/** Service name stem for each service type id of content/taxonomy/service-types.yaml. */
export const TYPE_NAMES: Record<string, string> = {
  'day-centre': 'Centrul de zi',
  'residential-care': 'Centrul rezidențial',
  'protected-housing': 'Locuința protejată',
  shelter: 'Adăpostul de noapte',
  'emergency-shelter': 'Centrul de primire în regim de urgență',
  'home-care': 'Îngrijire la domiciliu',
  'food-aid': 'Cantina socială',
  counselling: 'Consiliere socială',
  'legal-advice': 'Consiliere juridică gratuită',
  'medical-recovery': 'Recuperare medicală și kinetoterapie',
  'early-intervention': 'Intervenție timpurie',
  'education-support': 'Sprijin școlar după-amiaza',
  employment: 'Orientare și integrare profesională',
  housing: 'Sprijin pentru locuire',
  helpline: 'Linie telefonică de sprijin',
  outreach: 'Echipa mobilă de intervenție',
  respite: 'Centrul de respiro',
  benefits: 'Ajutoare și beneficii sociale',
  'addiction-services': 'Servicii pentru persoane cu dependențe',
  'psychological-support': 'Consiliere psihologică',
  'community-services': 'Servicii comunitare integrate',
  hospital: 'Cabinet medical comunitar',
  'professional-support': 'Formare și supervizare pentru profesioniști',
};

export const DESCRIPTION_PARTS = [
  'Oferă sprijin zilnic, gratuit sau cu contribuție redusă, pentru persoanele din comunitate.',
  'Echipa este formată din asistenți sociali, psihologi și voluntari.',
  'Activitățile includ consiliere, socializare, ateliere și sprijin pentru întocmirea dosarelor.',
  'Colaborează cu primăria, școlile și medicii de familie din zonă.',
  'Se pune accent pe păstrarea legăturilor cu familia și pe viața independentă.',
  'Programul se stabilește împreună cu fiecare beneficiar, după o evaluare inițială.',
  'Serviciul funcționează și în localitățile rurale din apropiere, prin deplasări săptămânale.',
  'Beneficiarii primesc o masă caldă, îngrijire de bază și însoțire la instituții.',
];

export const ELIGIBILITY = [
  'Persoane cu domiciliul în județ, pe baza unei evaluări sociale.',
  'Familii cu venituri sub pragul stabilit de lege.',
  'Persoane care au certificat de încadrare în grad de handicap.',
  'Orice persoană aflată în dificultate, fără acte doveditoare la prima vizită.',
];

export const DOCUMENTS = [
  'Carte de identitate', 'Certificat de naștere', 'Adeverință de venit', 'Certificat de încadrare în grad de handicap',
  'Scrisoare medicală', 'Ancheta socială', 'Cerere tip',
];

/** Valid OpenStreetMap opening_hours values, from the common to the unusual. */
export const HOURS = [
  'Mo-Fr 08:00-16:00; PH off',
  'Mo-Fr 08:00-16:00',
  'Mo-Fr 09:00-17:00; PH off',
  'Mo-Th 08:00-16:30; Fr 08:00-14:00; PH off',
  'Mo-Fr 08:00-12:00,13:00-16:00',
  'Mo,We,Fr 10:00-14:00',
  'Tu,Th 14:00-18:00',
  'Mo-Sa 07:00-20:00',
  'Mo-Fr 12:00-14:00',
  '24/7',
  'Mo-Su 00:00-24:00',
  'Sa 09:00-13:00',
];

export const HOURS_NOTES = ['Programări telefonic', 'Închis în luna august', 'Sâmbăta doar cu programare'];
