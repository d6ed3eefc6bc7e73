import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/normalize.js';
import { KIND_LANGS, KINDS, kindById, kindLabel } from '../../src/wallet/kinds.js';
import { matchKind } from '../../src/wallet/match.js';

type Row = [name: string, lang: string | undefined, expected: string | null];

// Most English, Spanish, German and Portuguese names are taken as written from the bundled guides.
const ROWS: Row[] = [
  // The examples that fixed the ranking rules.
  ['Comprobante de domicilio (recibo de servicios, estado de cuenta bancaria)', 'es', 'proof_of_address'],
  ['Identificación oficial válida (INE, pasaporte)', 'es', 'photo_id'],
  ['CURP (Clave Única de Registro de Población)', 'es', 'curp'],
  ['Fotografía reciente', 'es', 'photos'],
  // English
  ['Valid official photo ID', 'en', 'photo_id'],
  ['Passport or national ID card', 'en', 'passport'],
  ['Passport-style photo', 'en', 'photos'],
  ['Three child-size photos (tamaño infantil, 2.5 x 3 cm)', 'en', 'photos'],
  ['Photo ID', 'en', 'photo_id'],
  ['Your previous voter card', 'en', 'national_id'],
  ['Proof of address in Mexico', 'en', 'proof_of_address'],
  ['Proof of residence status', 'en', 'residence_card'],
  ['Resident card (tarjeta de residente)', 'en', 'residence_card'],
  ['Visa application form', 'en', 'application_form'],
  ['Visa', 'en', 'residence_card'],
  ["Children's birth certificates", 'en', 'birth_certificate'],
  ['Marriage certificate or proof of cohabitation', 'en', 'marriage_certificate'],
  ['Latest pay stub (talón or comprobante de pago)', 'en', 'proof_of_income'],
  ['Bank account statement with CLABE', 'en', 'bank_statement'],
  ['Foreign criminal record certificates', 'en', 'criminal_record'],
  ['Proof of fee payment', 'en', 'fee_receipt'],
  ['Paid payment form (línea de captura)', 'en', 'fee_receipt'],
  ['Appointment confirmation', 'en', 'appointment_confirmation'],
  ['Employment or service contract', 'en', 'employment_contract'],
  ['Commercial register extract', 'en', 'company_deed'],
  ['Power of attorney (procuração)', 'en', 'power_of_attorney'],
  ['School enrolment certificate', 'en', 'school_certificate'],
  ['Social Security number', 'en', 'social_security_number'],
  ['Social Security Number (NSS)', 'en', 'nss'],
  ['Portuguese tax number (NIF)', 'en', 'nif'],
  ['Tax ID (Steuer-ID)', 'en', 'steuer_id'],
  ['Digital certificate or Cl@ve registration', 'en', 'e_firma'],
  ["Driver's licence", 'en', 'driving_licence'],
  ['Death certificate of the deceased', 'en', 'death_certificate'],
  ['Medical certificate', 'en', 'medical_certificate'],
  ['University degree (apostilled)', 'en', 'diploma'],
  ['Tenancy agreement', 'en', 'rental_contract'],
  ['Health insurance', 'en', 'health_insurance_proof'],
  ['Wohnungsgeberbestätigung', 'en', 'proof_of_address'],
  ['Clave Fiscal level 3 or higher', 'en', 'gov_login'],
  ['CUIT', 'en', 'cuit_cuil'],
  // Spanish
  ['Identificación oficial vigente con fotografía', 'es', 'photo_id'],
  ['DNI, NIE o TIE', 'es', 'national_id'],
  ['Certificado de NIE o certificado de registro de ciudadano de la UE', 'es', 'nie'],
  ['Número de Seguridad Social (NSS)', 'es', 'nss'],
  ['Número de la Seguridad Social', 'es', 'social_security_number'],
  ['Tarjeta de residente actual', 'es', 'residence_card'],
  ['Documento migratorio', 'es', 'residence_card'],
  ['Actas de nacimiento certificadas', 'es', 'birth_certificate'],
  ['Registros civiles de nacimiento de los hijos', 'es', 'birth_certificate'],
  ['Registro civil de matrimonio o prueba de unión marital de hecho', 'es', 'marriage_certificate'],
  ['Último talón de pago (comprobante de pago)', 'es', 'proof_of_income'],
  ['Justificante de la tasa modelo 790 código 012', 'es', 'fee_receipt'],
  ['Justificante de la cita previa', 'es', 'appointment_confirmation'],
  ['Impreso de solicitud de empadronamiento', 'es', 'application_form'],
  ['Constancia de estudios', 'es', 'school_certificate'],
  ['Certificado de antecedentes penales argentino', 'es', 'criminal_record'],
  ['Contrato de arrendamiento', 'es', 'rental_contract'],
  ['Constancia de Situación Fiscal (RFC)', 'es', 'rfc'],
  ['e.firma vigente', 'es', 'e_firma'],
  ['RUT actualizado', 'es', 'rut'],
  ['Cédula de extranjería', 'es', 'cedula_extranjeria'],
  ['Acta de defunción', 'es', 'death_certificate'],
  ['Licencia de conducir', 'es', 'driving_licence'],
  // Portuguese
  ['Número de identificação fiscal (NIF)', 'pt', 'nif'],
  ['Número de identificação da Segurança Social (NISS)', 'pt', 'niss'],
  ['Cartão de Cidadão', 'pt', 'national_id'],
  ['Comprovativo de morada', 'pt', 'proof_of_address'],
  ['Comprovativo da situação de residência', 'pt', 'residence_card'],
  ['Certificado de registo criminal', 'pt', 'criminal_record'],
  ['Procuração', 'pt', 'power_of_attorney'],
  ['Certidão de nascimento', 'pt', 'birth_certificate'],
  // German
  ['Reisepass oder Personalausweis', 'de', 'passport'],
  ['Pass oder Personalausweis', 'de', 'passport'],
  ['Meldebestätigung', 'de', 'proof_of_address'],
  ['Aufenthaltstitel', 'de', 'residence_card'],
  ['Steuer-ID', 'de', 'steuer_id'],
  ['Einkommensnachweis', 'de', 'proof_of_income'],
  ['Handelsregisterauszug', 'de', 'company_deed'],
  ['Polizeiliches Führungszeugnis', 'de', 'criminal_record'],
  ['Geburtsurkunden der Kinder', 'de', 'birth_certificate'],
  ['Mietvertrag', 'de', 'rental_contract'],
  ['Passfoto', 'de', 'photos'],
  // French
  ['Justificatif de domicile de moins de 3 mois', 'fr', 'proof_of_address'],
  ["Copie intégrale d'acte de naissance", 'fr', 'birth_certificate'],
  ['Extrait de casier judiciaire (bulletin n°3)', 'fr', 'criminal_record'],
  ['Titre de séjour en cours de validité', 'fr', 'residence_card'],
  ["Deux photos d'identité récentes", 'fr', 'photos'],
  ["Avis d'imposition", 'fr', 'proof_of_income'],
  ['Permis de conduire', 'fr', 'driving_licence'],
  // Italian
  ["Carta d'identità o passaporto", 'it', 'national_id'],
  ['Permesso di soggiorno', 'it', 'residence_card'],
  ['Codice fiscale', 'it', 'tax_number'],
  ['Busta paga degli ultimi tre mesi', 'it', 'proof_of_income'],
  ['Contratto di locazione registrato', 'it', 'rental_contract'],
  ['Marca da bollo da 16 euro', 'it', 'fee_receipt'],
  // Dutch
  ['Geldig paspoort', 'nl', 'passport'],
  ['Uittreksel BRP', 'nl', 'proof_of_address'],
  ['Verklaring Omtrent het Gedrag (VOG)', 'nl', 'criminal_record'],
  ["Recente pasfoto's", 'nl', 'photos'],
  // Polish
  ['Dowód osobisty lub paszport', 'pl', 'national_id'],
  ['Zaświadczenie o niekaralności', 'pl', 'criminal_record'],
  ['Odpis aktu urodzenia', 'pl', 'birth_certificate'],
  ['Pełnomocnictwo', 'pl', 'power_of_attorney'],
  ['Dowód wpłaty opłaty skarbowej', 'pl', 'fee_receipt'],
  // Romanian
  ['Cazier judiciar', 'ro', 'criminal_record'],
  ['Certificat de naștere', 'ro', 'birth_certificate'],
  ['Contract de închiriere', 'ro', 'rental_contract'],
  // Greek
  ['Διαβατήριο', 'el', 'passport'],
  ['Πιστοποιητικό γέννησης', 'el', 'birth_certificate'],
  ['Αντίγραφο ποινικού μητρώου', 'el', 'criminal_record'],
  ['ΑΦΜ', 'el', 'tax_number'],
  // Bulgarian
  ['Лична карта', 'bg', 'national_id'],
  ['Свидетелство за съдимост', 'bg', 'criminal_record'],
  // Czech and Slovak
  ['Výpis z rejstříku trestů', 'cs', 'criminal_record'],
  ['Nájemní smlouva', 'cs', 'rental_contract'],
  ['Občiansky preukaz', 'sk', 'national_id'],
  // Croatian and Hungarian
  ['Osobna iskaznica', 'hr', 'national_id'],
  ['Uvjerenje o nekažnjavanju', 'hr', 'criminal_record'],
  ['Lakcímkártya', 'hu', 'proof_of_address'],
  ['Születési anyakönyvi kivonat', 'hu', 'birth_certificate'],
  // A longer phrase of another language wins over an acronym inside it (reported by guide writers).
  ['Steuer-ID', 'es', 'steuer_id'],
  ['Steuer-ID', 'en', 'steuer_id'],
  // Cl@ve signs you in; it is not a certificate you sign with.
  ['Cl@ve', 'es', 'gov_login'],
  ['Registro en Cl@ve', 'es', 'gov_login'],
  ['Certificado digital', 'es', 'e_firma'],
  ['Contraseña del SAT', 'es', 'gov_login'],
  // Vehicles (the temporary import guide).
  ['Vehicle title', 'en', 'vehicle_title'],
  ['Tarjeta de circulación', 'es', 'vehicle_registration'],
  ['Fahrzeugschein', 'de', 'vehicle_registration'],
  ['Certificat d’immatriculation', 'fr', 'vehicle_registration'],
  // A choice of documents, not one of them.
  ['Documento de identidad', 'es', 'photo_id'],
  ['Carta d’identità', 'it', 'national_id'],
  ['Your previous voter card', 'en', 'national_id'],
  ['Tu credencial anterior', 'es', 'national_id'],
  // No language given: every language is searched.
  ['Pasaporte vigente', undefined, 'passport'],
  ['Führerschein', undefined, 'driving_licence'],
  // Names of no known kind.
  ['Correo electrónico personal', 'es', null],
  ['Means of payment', 'en', null],
  ['Theory test pass record', 'en', null],
  ['USB drive with your .req and .key files', 'en', null],
  ['Persönliche Angaben für die Anfrage', 'de', null],
  ['Declaração sob compromisso de honra', 'pt', null],
  ['Nie dotyczy', 'pl', null],
  ['', 'en', null],
];

describe('matchKind', () => {
  it.each(ROWS)('%s (%s) → %s', (name, lang, expected) => {
    expect(matchKind(name, lang)?.id ?? null).toBe(expected);
  });

  it('covers at least eight languages in its table', () => {
    expect(new Set(ROWS.map(([, lang]) => lang)).size).toBeGreaterThanOrEqual(8);
  });

  it('reads acronyms only in capitals', () => {
    expect(matchKind('Copia del NIE', 'es')?.id).toBe('nie');
    expect(matchKind('copia del nie', 'es')).toBeNull();
  });

  it('accepts regional language tags', () => {
    expect(matchKind('Acta de nacimiento', 'es-MX')?.id).toBe('birth_certificate');
  });
});

describe('the kinds table', () => {
  it('has unique ids that kindById finds', () => {
    const ids = KINDS.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(kindById(id)?.id).toBe(id);
    expect(kindById('unknown')).toBeNull();
  });

  it('stores every phrase folded, and gives each phrase to one kind only', () => {
    const owner = new Map<string, string>();
    for (const kind of KINDS) {
      for (const lang of KIND_LANGS) {
        for (const phrase of kind.names[lang] ?? []) {
          expect(fold(phrase), `${kind.id}/${lang}`).toBe(phrase);
          expect(owner.get(phrase) ?? kind.id, phrase).toBe(kind.id);
          owner.set(phrase, kind.id);
        }
      }
    }
  });

  it('names every kind found everywhere in all 15 languages', () => {
    for (const kind of KINDS.filter((k) => !k.countries)) {
      expect(
        KIND_LANGS.filter((lang) => (kind.names[lang]?.length ?? 0) === 0),
        kind.id,
      ).toEqual([]);
    }
  });

  it('points narrower kinds at real ones', () => {
    for (const kind of KINDS) for (const id of kind.narrower ?? []) expect(kindById(id), id).not.toBeNull();
  });

  it('labels kinds in Spanish for Spanish and in English otherwise', () => {
    const kind = kindById('proof_of_address')!;
    expect(kindLabel(kind, 'es')).toBe('Comprobante de domicilio');
    expect(kindLabel(kind, 'es-MX')).toBe('Comprobante de domicilio');
    expect(kindLabel(kind, 'de')).toBe('Proof of address');
    expect(kindLabel(kind)).toBe('Proof of address');
  });
});
