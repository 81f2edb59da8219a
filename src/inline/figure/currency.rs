//! The finder's currency tables: signs, codes, the letters written before `$`, currency words
//! and their subunits, and the country adjectives that name a currency (`Pakistani rupees`).
//! Functions take a word lowercased (see [`Lower`](super::words::Lower)) unless they say they
//! are case-sensitive. A flag `assumed` says the code is the usual reading of an ambiguous sign
//! or word (a bare `$` is USD).

use crate::ast::Currency::{self, *};

/// A currency sign, before or after the amount (`$5`, `5 €`, `100元`).
pub(super) fn sign(c: char) -> Option<(Currency, bool)> {
    Some(match c {
        '$' | '＄' => (Usd, true),
        '€' => (Eur, false),
        '£' | '￡' => (Gbp, false),
        '¥' | '￥' | '円' => (Jpy, true),
        '元' => (Cny, false),
        '₽' => (Rub, false),
        '₹' => (Inr, false),
        '₨' => (Inr, true),
        '₩' | '￦' => (Krw, false),
        '₺' => (Try, false),
        '₴' => (Uah, false),
        '₦' => (Ngn, false),
        '₱' => (Php, false),
        '₪' => (Ils, false),
        '₫' => (Vnd, false),
        '₡' => (Crc, false),
        '₾' => (Gel, false),
        '₭' => (Lak, false),
        '฿' => (Thb, false),
        '₸' => (Kzt, false),
        '₼' => (Azn, false),
        '₮' => (Mnt, false),
        '₲' => (Pyg, false),
        '₵' => (Ghs, false),
        '৳' => (Bdt, false),
        '֏' => (Amd, false),
        _ => return None,
    })
}

/// Letters written straight before `$`, case-sensitive: `US$`, `HK$`, `R$`.
pub(super) fn dollar_prefix(w: &str) -> Option<Currency> {
    Some(match w {
        "US" | "U.S." => Usd,
        "S" | "SG" => Sgd,
        "A" | "AU" => Aud,
        "C" | "CA" | "Can" => Cad,
        "HK" => Hkd,
        "NZ" => Nzd,
        "R" => Brl,
        "NT" => Twd,
        "MX" | "Mex" => Mxn,
        "RD" => Dop,
        "J" => Jmd,
        "TT" => Ttd,
        "EC" => Xcd,
        "N" => Nad,
        "Bds" => Bbd,
        "CI" => Kyd,
        "FJ" => Fjd,
        "SI" => Sbd,
        "L" => Lrd,
        "G" => Gyd,
        "WS" => Wst,
        "T" => Top,
        _ => return None,
    })
}

/// Letters written before an amount that name a currency, case-sensitive: `Rs 500`, `Rp`,
/// `RM`, `KSh`.
pub(super) fn letter_prefix(w: &str) -> Option<(Currency, bool)> {
    Some(match w {
        "Rs" | "RS" => (Inr, true),
        "Rp" => (Idr, false),
        "RM" => (Myr, false),
        "KSh" | "Ksh" => (Kes, false),
        "USh" => (Ugx, false),
        "TSh" => (Tzs, false),
        "Tk" => (Bdt, false),
        _ => return None,
    })
}

/// An ISO 4217 code, upper case only.
pub(super) fn code(w: &str) -> Option<Currency> {
    if w.len() == 3 && w.bytes().all(|b| b.is_ascii_uppercase()) {
        return Currency::from_code(w).or(match w {
            "RMB" => Some(Cny),
            _ => None,
        });
    }
    None
}

/// Codes that are also English words or common acronyms (`ALL 500`, `TOP 10`, `PHP 8`): they
/// name money only next to an amount that looks like money (digit groups, cents or a scale
/// word).
pub(super) fn word_like_code(w: &str) -> bool {
    matches!(
        w,
        "ALL"
            | "AMD"
            | "BAM"
            | "BOB"
            | "CAD"
            | "CUP"
            | "DOP"
            | "ERN"
            | "GEL"
            | "MAD"
            | "MOP"
            | "NAD"
            | "PEN"
            | "PHP"
            | "SAR"
            | "SOS"
            | "TOP"
            | "TRY"
    )
}

/// Whether a word as written may be a currency written before an amount (for the scanner's
/// quick check): a code, letters before `$`, `Rs`, `kr`.
pub(super) fn prefix_word(w: &str) -> bool {
    code(w).is_some()
        || dollar_prefix(w).is_some()
        || letter_prefix(w).is_some()
        || matches!(w, "kr" | "Kr" | "SKr" | "Skr" | "NKr" | "DKr")
}

/// `kr` and the Scandinavian crowns, which need the sentence to say whose crown it is; the
/// written forms that settle it themselves (`SKr`, `kronor`) are here too.
pub(super) fn crown(w: &str) -> Option<Option<Currency>> {
    Some(match w {
        "kr" | "Kr" | "kr." => None,
        "SKr" | "Skr" | "kronor" | "krona" => Some(Sek),
        "NKr" => Some(Nok),
        "DKr" => Some(Dkk),
        "króna" | "krónur" | "ISK" => Some(Isk),
        "kroner" | "krone" => None,
        _ => return None,
    })
}

/// The crown a sentence means by `kr` or `kroner`: the country it names.
pub(super) fn crown_of(sentence: &str) -> Option<Currency> {
    let has = |w: &str| {
        sentence
            .as_bytes()
            .windows(w.len())
            .any(|x| x.eq_ignore_ascii_case(w.as_bytes()))
    };
    let found = [
        (has("swed"), Sek),
        (has("norw"), Nok),
        (has("danish") || has("denmark") || has("faroe"), Dkk),
        (has("iceland"), Isk),
    ];
    let mut it = found.iter().filter(|(hit, _)| *hit);
    match (it.next(), it.next()) {
        (Some((_, c)), None) => Some(*c),
        _ => None,
    }
}

/// A currency word after an amount.
#[derive(Clone, Copy)]
pub(super) struct Word {
    pub cur: Currency,
    pub assumed: bool,
    /// The word is also an ordinary word (`pounds`, `won`, `real`), so it names money only
    /// after a scale word (`5 billion won`) or with a country adjective (`Korean won`).
    pub loose: bool,
}

/// A currency word standing alone after an amount: `dollars`, `euros`, `yuan`, `kuai`.
pub(super) fn word(lw: &str) -> Option<Word> {
    let (cur, assumed, loose) = match lw {
        "dollars" | "dollar" | "bucks" => (Usd, true, false),
        "euros" | "euro" => (Eur, false, false),
        "pounds" | "pound" => (Gbp, true, true),
        "sterling" => (Gbp, false, false),
        "quid" => (Gbp, false, false),
        "yen" => (Jpy, false, false),
        "yuan" | "renminbi" | "rmb" | "kuai" => (Cny, false, false),
        "roubles" | "rubles" | "rouble" | "ruble" => (Rub, false, false),
        "rupees" | "rupee" => (Inr, true, false),
        "rupiah" => (Idr, false, false),
        "ringgit" => (Myr, false, false),
        "baht" => (Thb, false, false),
        "won" => (Krw, true, true),
        "dong" => (Vnd, false, false),
        "pesos" | "peso" => (Mxn, true, false),
        "reais" => (Brl, false, false),
        "lira" | "liras" | "lire" => (Try, true, false),
        "hryvnias" | "hryvnia" | "hryvnyas" => (Uah, false, false),
        "naira" => (Ngn, false, false),
        "rand" => (Zar, false, false),
        "shekels" | "shekel" | "sheqels" => (Ils, false, false),
        "dirhams" | "dirham" => (Aed, true, false),
        "riyals" | "riyal" => (Sar, true, false),
        "rials" | "rial" => (Irr, true, false),
        "francs" | "franc" => (Chf, true, false),
        "zloty" | "zlotys" | "zł" | "złoty" | "złotys" => (Pln, false, false),
        "forint" | "forints" => (Huf, false, false),
        "koruna" | "korunas" | "korun" | "kč" => (Czk, false, false),
        "lei" => (Ron, false, false),
        "leva" | "lev" => (Bgn, false, false),
        "tenge" => (Kzt, false, false),
        "lari" => (Gel, false, false),
        "drams" | "dram" => (Amd, false, true),
        "taka" => (Bdt, false, false),
        "kyat" | "kyats" => (Mmk, false, false),
        "riel" | "riels" => (Khr, false, false),
        "kip" => (Lak, false, true),
        "cedis" | "cedi" => (Ghs, false, false),
        "birr" => (Etb, false, false),
        "kwacha" => (Zmw, true, false),
        "shillings" | "shilling" => (Kes, true, true),
        "afghanis" | "afghani" => (Afn, false, true),
        "somoni" => (Tjs, false, false),
        "bolivars" | "bolivares" | "bolívares" => (Ves, false, false),
        "soles" => (Pen, false, false),
        "quetzales" | "quetzals" => (Gtq, false, false),
        "lempiras" => (Hnl, false, false),
        "colones" => (Crc, true, false),
        "denars" | "denar" => (Mkd, false, false),
        "ouguiya" => (Mru, false, false),
        "ariary" => (Mga, false, false),
        "pula" => (Bwp, false, true),
        "rufiyaa" => (Mvr, false, false),
        "ngultrum" => (Btn, false, false),
        "patacas" | "pataca" => (Mop, false, false),
        "gourdes" => (Htg, false, false),
        "dalasi" => (Gmd, false, false),
        "nakfa" => (Ern, false, false),
        "meticais" | "metical" => (Mzn, false, false),
        "kwanza" | "kwanzas" => (Aoa, false, false),
        "manat" | "manats" => (Azn, true, false),
        "dinars" | "dinar" => (Kwd, true, true),
        _ => return None,
    };
    Some(Word {
        cur,
        assumed,
        loose,
    })
}

/// The currency a country adjective gives a currency word: `Pakistani rupees`,
/// `Hong Kong dollars`, `Danish kroner`. `adj` is lowercased and may be two words joined by
/// one space (`hong kong`).
pub(super) fn adjective(adj: &str, lw: &str) -> Option<Currency> {
    let family = match lw {
        "dollars" | "dollar" => "dollar",
        "rupees" | "rupee" => "rupee",
        "pesos" | "peso" => "peso",
        "pounds" | "pound" => "pound",
        "dinars" | "dinar" => "dinar",
        "riyals" | "riyal" | "rials" | "rial" => "rial",
        "francs" | "franc" => "franc",
        "kroner" | "krone" => "krone",
        "kronor" | "krona" => "krona",
        "shillings" | "shilling" => "shilling",
        "won" => "won",
        "yuan" => "yuan",
        "yen" => "yen",
        "roubles" | "rubles" | "rouble" | "ruble" => "rouble",
        "real" | "reais" => "real",
        "lira" | "liras" | "lire" => "lira",
        "dirhams" | "dirham" => "dirham",
        "manat" | "manats" => "manat",
        "leu" | "lei" => "leu",
        _ => return None,
    };
    Some(match (family, adj) {
        ("dollar", "us" | "u.s." | "american") => Usd,
        ("dollar", "singapore") => Sgd,
        ("dollar", "australian") => Aud,
        ("dollar", "canadian") => Cad,
        ("dollar", "hong kong") => Hkd,
        ("dollar", "new zealand") => Nzd,
        ("dollar", "taiwan" | "taiwanese" | "new taiwan") => Twd,
        ("dollar", "jamaican") => Jmd,
        ("dollar", "namibian") => Nad,
        ("dollar", "brunei") => Bnd,
        ("dollar", "bahamian") => Bsd,
        ("dollar", "barbados" | "barbadian") => Bbd,
        ("dollar", "belize") => Bzd,
        ("dollar", "bermudian") => Bmd,
        ("dollar", "cayman") => Kyd,
        ("dollar", "east caribbean") => Xcd,
        ("dollar", "fiji" | "fijian") => Fjd,
        ("dollar", "guyanese") => Gyd,
        ("dollar", "liberian") => Lrd,
        ("dollar", "surinamese") => Srd,
        ("dollar", "trinidad") => Ttd,
        ("rupee", "indian") => Inr,
        ("rupee", "pakistani" | "pakistan") => Pkr,
        ("rupee", "sri lankan" | "lankan") => Lkr,
        ("rupee", "nepalese" | "nepali") => Npr,
        ("rupee", "mauritian") => Mur,
        ("rupee", "seychelles") => Scr,
        ("peso", "mexican") => Mxn,
        ("peso", "philippine") => Php,
        ("peso", "argentine" | "argentinian" | "argentinean") => Ars,
        ("peso", "chilean") => Clp,
        ("peso", "colombian") => Cop,
        ("peso", "cuban") => Cup,
        ("peso", "dominican") => Dop,
        ("peso", "uruguayan") => Uyu,
        ("pound", "british") => Gbp,
        ("pound", "egyptian") => Egp,
        ("pound", "lebanese") => Lbp,
        ("pound", "syrian") => Syp,
        ("pound", "sudanese") => Sdg,
        ("pound", "south sudanese") => Ssp,
        ("dinar", "kuwaiti") => Kwd,
        ("dinar", "bahraini") => Bhd,
        ("dinar", "jordanian") => Jod,
        ("dinar", "iraqi") => Iqd,
        ("dinar", "libyan") => Lyd,
        ("dinar", "tunisian") => Tnd,
        ("dinar", "algerian") => Dzd,
        ("dinar", "serbian") => Rsd,
        ("rial", "saudi") => Sar,
        ("rial", "qatari") => Qar,
        ("rial", "omani") => Omr,
        ("rial", "iranian") => Irr,
        ("rial", "yemeni") => Yer,
        ("franc", "swiss") => Chf,
        ("franc", "congolese") => Cdf,
        ("franc", "guinean") => Gnf,
        ("franc", "rwandan") => Rwf,
        ("franc", "burundian") => Bif,
        ("franc", "djiboutian") => Djf,
        ("franc", "comorian") => Kmf,
        ("krone", "norwegian") => Nok,
        ("krone", "danish") => Dkk,
        ("krona", "swedish") => Sek,
        ("krona", "icelandic") => Isk,
        ("shilling", "kenyan") => Kes,
        ("shilling", "ugandan") => Ugx,
        ("shilling", "tanzanian") => Tzs,
        ("shilling", "somali") => Sos,
        ("won", "korean" | "south korean") => Krw,
        ("won", "north korean") => Kpw,
        ("yuan", "chinese") => Cny,
        ("yen", "japanese") => Jpy,
        ("rouble", "russian") => Rub,
        ("rouble", "belarusian") => Byn,
        ("real", "brazilian") => Brl,
        ("lira", "turkish") => Try,
        ("dirham", "uae" | "emirati") => Aed,
        ("dirham", "moroccan") => Mad,
        ("manat", "azerbaijani") => Azn,
        ("manat", "turkmen") => Tmt,
        ("leu", "romanian") => Ron,
        ("leu", "moldovan") => Mdl,
        _ => return None,
    })
}

/// A subunit of a currency: a hundredth of its main unit.
#[derive(Clone, Copy)]
pub(super) struct Subunit {
    /// The canonical name, given as the figure's `unit`.
    pub name: &'static str,
    pub cur: Currency,
    pub assumed: bool,
}

/// A subunit word after an amount: `cents`, `pence`, `kopecks`. `p` only glued (`50p`).
pub(super) fn subunit(lw: &str) -> Option<Subunit> {
    let (name, cur, assumed) = match lw {
        "cents" | "cent" => ("cent", Usd, true),
        "pence" | "penny" | "pennies" => ("penny", Gbp, false),
        "kopecks" | "kopeck" | "kopeks" | "kopek" => ("kopeck", Rub, false),
        "paise" | "paisa" => ("paisa", Inr, true),
        "groszy" | "grosz" => ("grosz", Pln, false),
        _ => return None,
    };
    Some(Subunit { name, cur, assumed })
}

/// A subunit sign after an amount: `99¢`.
pub(super) fn subunit_sign(c: char) -> Option<Subunit> {
    matches!(c, '¢' | '￠').then_some(Subunit {
        name: "cent",
        cur: Usd,
        assumed: true,
    })
}

/// Whether `sub` is the subunit of the currency `main` (`cents` of dollars or euros, `pence` of
/// pounds), for compound amounts such as `3 dollars 50 cents`.
pub(super) fn subunit_of(main: Currency, sub: Subunit) -> bool {
    match sub.name {
        "cent" => !matches!(main, Gbp | Rub | Inr | Pln | Jpy | Krw),
        "penny" => main == Gbp,
        "kopeck" => matches!(main, Rub | Uah | Byn),
        "paisa" => matches!(main, Inr | Pkr | Npr | Bdt),
        "grosz" => main == Pln,
        _ => false,
    }
}
