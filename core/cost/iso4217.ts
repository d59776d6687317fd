/**
 * The currencies an answer can be in: the active codes of ISO 4217 (list one, 2025; funds, precious metals and
 * testing codes left out), with the decimals of each minor unit where it is not 2. Any other three letters are
 * not a currency: "3M YEX" is a question naming these, never an answer in a currency called "YEX".
 */
export const ISO_4217_CODES: readonly string[] = [
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN',
  'BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS',
  'GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW',
  'KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD',
  'NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD',
  'SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VED',
  'VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG',
]
  .join(' ')
  .split(' ');

/** Decimals of the minor unit where it is not 2 (ISO 4217). */
export const MINOR_UNITS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
};

/** The codes an error names first, as examples of the whole list. */
export const COMMON_CURRENCY_CODES: readonly string[] = ['USD', 'JPY', 'EUR', 'GBP'];
