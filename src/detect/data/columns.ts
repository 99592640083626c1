/**
 * Table header words (lower case, as table.ts splits header cells into letters-only words) that name a column of
 * places or of people, in the languages of the default phone regions and a few neighbours. A cell under such a
 * header is read with that evidence ("Ort" over "Hürth", "Nom" over "Tatiana Vasseur").
 */

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Columns of towns, regions and countries. */
export const PLACE_COLUMN_WORDS = words(`
  city town location country place region state province county
  ort stadt wohnort land bundesland gemeinde
  ville commune pays région region localité
  ciudad localidad municipio país pais provincia región población poblacion
  città citta comune paese provincia regione località localita
  plaats woonplaats stad provincie gemeente
  cidade município municipio estado localidade
  miasto miejscowość miejscowosc kraj województwo wojewodztwo
  län kommun
  şehir sehir ilçe ilce ülke ulke
`);

/** Columns of street addresses (names are not looked for there either). */
export const ADDRESS_COLUMN_WORDS = words(`
  address street adresse anschrift straße strasse rue dirección direccion calle indirizzo via adres straat
  endereço endereco rua adres ulica adress gata
`);

/** Columns of people. */
export const PERSON_COLUMN_WORDS = words(`
  name names fullname firstname lastname surname forename employee holder customer client patient contact
  owner author user member student applicant driver passenger guest spouse recipient sender payee person
  nachname vorname kunde mitarbeiter inhaber
  nom prénom prenom employé employe titulaire
  nombre apellido apellidos empleado titular
  nome cognome dipendente titolare
  naam achternaam voornaam klant medewerker
  sobrenome funcionário funcionario
  imię imie nazwisko klient pracownik
  namn efternamn förnamn fornamn kund anställd
  adı adi soyadı soyadi soyad müşteri musteri çalışan calisan
`);
