//! Labels for tight places, and the accessible names that go with them. A control's accessible name must contain
//! the words it shows (WCAG 2.5.3, "label in name"): people who drive a page by voice say what they see. So a label
//! is only ever cut between words, and a name that does not say its short label starts with it.
//! Plain text rules, no DOM: the components draw what these return.

use std::borrow::Cow;

/// The ellipsis that ends a cut label.
const ELLIPSIS: char = '…';

/// `label` in `room` characters: whole when it fits, otherwise cut after its last whole word that fits with an
/// ellipsis and leaves no parenthesis open ("HMRC (UK tax office website)" becomes "HMRC…", not "HMRC (UK tax…").
/// A label is never cut inside a word ("Amazon Dyna…" shows a word nobody can say or search for), nor after an elided
/// article ("Page d’état…", not "Page d’état d…"): when not even the first word fits, the first word comes whole and
/// the result is longer than `room`, for the caller to squeeze (an SVG `textLength`).
///
/// # Complexity
/// Linear in the length of `label`.
pub fn shorten(label: &str, room: usize) -> Cow<'_, str> {
    if label.chars().count() <= room {
        return Cow::Borrowed(label);
    }
    let keep = room.saturating_sub(1);
    // The byte offset after the last word or closed parenthesis that ends within `keep` characters, outside
    // any parenthesis.
    let mut cut = None;
    let mut depth = 0usize;
    let mut chars = label.char_indices().peekable();
    let mut count = 0;
    while let Some((at, c)) = chars.next() {
        count += 1;
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        // An apostrophe between letters joins them ("d’état", "aujourd'hui"): no cut leaves a lone "d…".
        let mut ahead = chars.clone();
        let (next, after) = (ahead.next().map(|(_, next)| next), ahead.next().map(|(_, after)| after));
        let joined = matches!(next, Some('\'' | '’')) && after.is_some_and(is_word_char);
        let word_ends = is_word_char(c) && next.is_none_or(|next| !is_word_char(next)) && !joined;
        if (word_ends || c == ')') && depth == 0 {
            if count > keep && cut.is_some() {
                break;
            }
            cut = Some(at + c.len_utf8());
            if count >= keep {
                break;
            }
        }
    }
    match cut.and_then(|end| label.get(..end)) {
        Some(kept) if kept.len() < label.len() => Cow::Owned(format!("{kept}{ELLIPSIS}")),
        _ => Cow::Borrowed(label),
    }
}

/// `label` in `room` characters for a place that squeezes what still overflows (an SVG `textLength`): as [`shorten`],
/// except that a label at most 40 % over its room comes whole when a cut would keep less than half of it. A region's
/// code or a two-word name is better squeezed a little than cut to its first word: "eu-central-1" in 10 characters
/// stays whole rather than "eu…", a word that tells no region from another.
///
/// # Complexity
/// Linear in the length of `label`.
pub fn shorten_to_squeeze(label: &str, room: usize) -> Cow<'_, str> {
    let short = shorten(label, room);
    let whole = label.chars().count();
    // Characters the cut keeps, without its ellipsis.
    let kept = short.chars().count().saturating_sub(1);
    if matches!(short, Cow::Owned(_)) && whole * 5 <= room * 7 && kept * 2 < whole {
        Cow::Borrowed(label)
    } else {
        short
    }
}

/// `label` on at most two lines of `room` characters each, for a box tall enough for two (the map's boxes on a phone).
/// A label that fits is one line. A longer one breaks at the last space outside parentheses that lets the first line
/// fit (after its first word when even that is longer than the room, for the caller to squeeze), and the rest is the
/// second line, fitted by [`shorten_to_squeeze`]: "Cloudflare Workers KV" in 10 is "Cloudflare" over "Workers KV",
/// where one line said "Cloudflare…", as for every other Cloudflare service. A label with no such space, or whose
/// rest is an aside in parentheses (which [`shorten`] leaves out), stays one line, as [`shorten_to_squeeze`] fits it.
///
/// # Complexity
/// Linear in the length of `label`.
pub fn two_lines(label: &str, room: usize) -> (Cow<'_, str>, Option<Cow<'_, str>>) {
    if label.chars().count() <= room {
        return (Cow::Borrowed(label), None);
    }
    // The byte offset of the last space outside parentheses with at most `room` characters before it, or else of the
    // first such space.
    let (mut depth, mut first, mut last) = (0usize, None, None);
    for (count, (at, c)) in label.char_indices().enumerate() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ' ' if depth == 0 => {
                first = first.or(Some(at));
                if count <= room {
                    last = Some(at);
                }
            }
            _ => {}
        }
    }
    let lines = last.or(first).and_then(|at| Some((label.get(..at)?.trim_end(), label.get(at..)?.trim_start())));
    match lines {
        Some((top, rest)) if !top.is_empty() && !rest.is_empty() && !rest.starts_with('(') => {
            (Cow::Borrowed(top), Some(shorten_to_squeeze(rest, room)))
        }
        _ => (shorten_to_squeeze(label, room), None),
    }
}

/// Whether `c` belongs to a word: an ASCII letter or digit, or any other character outside the Latin-1 and
/// general punctuation blocks (so "é" and "Î" do, "…", "—", "’" and "«" do not). Close enough to "a letter or a
/// digit" for names, without the Unicode tables of `char::is_alphanumeric` (1.9 KB of the gzipped app).
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !matches!(c, '\u{80}'..='\u{bf}' | '\u{2000}'..='\u{206f}' | '\u{3000}'..='\u{303f}')
    }
}

/// `c` in lower case, for the Latin letters English and French names use (ASCII, Latin-1, Œ, Ÿ); any other character
/// as it is. `char::to_lowercase` would link Unicode's case tables (about 6 KB of gzipped wasm each way) into a
/// binary that only ever reads these two languages (issue 16's weight).
pub fn lower(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'À'..='Þ' if c != '×' => char::from_u32(u32::from(c) + 0x20).unwrap_or(c),
        'Œ' => 'œ',
        'Ÿ' => 'ÿ',
        _ => c,
    }
}

/// `c` in capitals, the inverse of [`lower`] on the same letters (ß and any other character stay as they are).
pub fn upper(c: char) -> char {
    match c {
        'a'..='z' => c.to_ascii_uppercase(),
        'à'..='þ' if c != '÷' => char::from_u32(u32::from(c) - 0x20).unwrap_or(c),
        'œ' => 'Œ',
        'ÿ' => 'Ÿ',
        _ => c,
    }
}

/// `text` with its first letter in capitals ("gaming" becomes "Gaming", "éducation" "Éducation").
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| std::iter::once(upper(first)).chain(chars).collect()).unwrap_or_default()
}

/// The words of `text` as a reader would say them: runs of letters and digits, in lower case, leaving out what
/// stands in parentheses (an aside, which accessibility checkers such as axe-core also set aside).
fn spoken_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 && is_word_char(c) => {
                word.push(lower(c));
                continue;
            }
            _ => {}
        }
        if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// Whether `name` says `label`: the label's words appear in the name, together and in order, outside any
/// parenthesis. "Amazon DynamoDB in us-east-1" says "DynamoDB"; "Amazon Web Services" does not say "AWS".
pub fn says(name: &str, label: &str) -> bool {
    let (name, label) = (spoken_words(name), spoken_words(label));
    label.is_empty() || name.windows(label.len()).any(|window| window == label.as_slice())
}

/// The name to give a control that shows `label` (or any part of it `shorten` keeps) for a thing called `name`:
/// the name itself when it says the label, otherwise the label first ("AWS — Amazon Web Services"), so the
/// accessible name always contains the words on screen.
pub fn accessible_name<'a>(name: &'a str, label: &str) -> Cow<'a, str> {
    if says(name, label) {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(format!("{label} — {name}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Labels with the shapes a cut must respect: asides, punctuation, hyphens, elisions, a first word of 10 letters.
    const SAMPLES: [&str; 8] = [
        "Amazon Prime Video",
        "HMRC (UK tax office website)",
        "Roomba (iRobot app)",
        "Asphalt 9: Legends",
        "ENT Île-de-France (monlycee.net)",
        "Cloudflare Workers KV",
        "Bank of Scotland",
        "Page d’état d’AWS",
    ];

    #[test]
    fn latin_case_matches_unicode_on_the_letters_english_and_french_use() {
        for c in ('a'..='z').chain('A'..='Z').chain('\u{c0}'..='\u{ff}').chain(['œ', 'Œ', 'Ÿ']) {
            let unicode_lower: Vec<char> = c.to_lowercase().collect();
            if unicode_lower.len() == 1 {
                assert_eq!(lower(c), unicode_lower[0], "{c}");
            }
            let unicode_upper: Vec<char> = c.to_uppercase().collect();
            if unicode_upper.len() == 1 {
                assert_eq!(upper(c), unicode_upper[0], "{c}");
            }
        }
        assert_eq!(upper('ß'), 'ß');
        assert_eq!(capitalised("éducation"), "Éducation");
        assert_eq!(capitalised("œuvre"), "Œuvre");
        assert_eq!(capitalised(""), "");
        assert_eq!(lower('Ω'), 'Ω', "outside Latin-1, as it is");
    }

    #[test]
    fn a_label_that_fits_is_kept_whole() {
        assert_eq!(shorten("Fortnite", 16), "Fortnite");
        assert_eq!(shorten("Amazon DynamoDB", 15), "Amazon DynamoDB");
    }

    #[test]
    fn a_long_label_is_cut_between_words() {
        assert_eq!(shorten("Amazon Prime Video", 16), "Amazon Prime…");
        assert_eq!(shorten("PUBG: Battlegrounds", 16), "PUBG…");
        assert_eq!(shorten("ENT Île-de-France (monlycee.net)", 16), "ENT Île-de…");
        assert!(shorten("Epic Online Services", 16).chars().count() <= 16);
    }

    #[test]
    fn a_label_a_little_too_long_comes_whole_to_be_squeezed_rather_than_cut_to_a_word_that_says_nothing() {
        assert_eq!(shorten("eu-central-1", 10), "eu…");
        assert_eq!(shorten_to_squeeze("eu-central-1", 10), "eu-central-1");
        assert_eq!(shorten_to_squeeze("Amazon Connect", 10), "Amazon Connect");
        assert_eq!(shorten_to_squeeze("PUBG: Battlegrounds", 16), "PUBG: Battlegrounds");
        // More than 40 % over: cut, as `shorten` cuts.
        assert_eq!(shorten_to_squeeze("Service Control", 10), "Service…");
        // A cut that keeps half or more stays a cut.
        assert_eq!(shorten_to_squeeze("Amazon Prime Video", 16), "Amazon Prime…");
        assert_eq!(shorten_to_squeeze("Deutsche Telekom", 12), "Deutsche…");
        // What fits is whole, and a first word longer than the room comes whole as before.
        assert_eq!(shorten_to_squeeze("AWS", 10), "AWS");
        assert_eq!(shorten_to_squeeze("Cloudflare proxy", 8), "Cloudflare…");
    }

    #[test]
    fn a_label_too_long_for_one_line_takes_two_broken_between_words() {
        let two = |label, room| {
            let (top, bottom) = two_lines(label, room);
            (top.into_owned(), bottom.map(Cow::into_owned))
        };
        let lines = |top: &str, bottom: &str| (top.to_string(), Some(bottom.to_string()));
        // What fits is one line.
        assert_eq!(two("Pokémon GO", 10), ("Pokémon GO".to_string(), None));
        // Services of one provider read apart, where one line cut each to "Cloudflare…".
        assert_eq!(two("Cloudflare Workers KV", 10), lines("Cloudflare", "Workers KV"));
        assert_eq!(two("Cloudflare proxy", 10), lines("Cloudflare", "proxy"));
        assert_eq!(two("AWS status page", 10), lines("AWS status", "page"));
        assert_eq!(two("Service Control", 10), lines("Service", "Control"));
        // A name a little long comes on two lines rather than squeezed on one.
        assert_eq!(two("Amazon Connect", 10), lines("Amazon", "Connect"));
        // The second line is fitted as one line is: cut between words, or whole to be squeezed.
        assert_eq!(two("Amazon DynamoDB in us-east-1", 10), lines("Amazon", "DynamoDB…"));
        assert_eq!(two("Microsoft Flight Simulator", 10), lines("Microsoft", "Flight…"));
        // A first word longer than the room is the first line, to be squeezed.
        assert_eq!(two("DigitalOcean Spaces", 10), lines("DigitalOcean", "Spaces"));
        // No space, or only an aside after it: one line, as `shorten_to_squeeze` fits it.
        assert_eq!(two("eu-central-1", 10), ("eu-central-1".to_string(), None));
        assert_eq!(two("HMRC (UK tax office website)", 10), ("HMRC…".to_string(), None));
        // Spaces inside an aside are no place to break.
        assert_eq!(two("Xbox (Live) network services", 12), lines("Xbox (Live)", "network services"));
    }

    #[test]
    fn two_lines_show_only_words_of_the_label_in_order_and_fit_once_their_first_words_do() {
        for label in SAMPLES {
            for room in 1..label.chars().count() + 2 {
                let (top, bottom) = two_lines(label, room);
                let shown = match &bottom {
                    Some(bottom) => format!("{top} {bottom}"),
                    None => top.to_string(),
                };
                assert!(says(label, &shown), "{label:?} does not say {shown:?}");
                assert!(!top.starts_with(' ') && !top.ends_with(' '), "{top:?}");
                if bottom.is_some() && top.contains(' ') {
                    assert!(top.chars().count() <= room, "{top:?} in {room}");
                }
            }
        }
    }

    #[test]
    fn a_cut_label_never_leaves_a_parenthesis_open() {
        assert_eq!(shorten("HMRC (UK tax office website)", 16), "HMRC…");
        assert_eq!(shorten("Xbox (Live) network services", 16), "Xbox (Live)…");
    }

    #[test]
    fn a_cut_never_parts_an_elided_word_from_its_apostrophe() {
        assert_eq!(shorten("Page d’état d’AWS", 16), "Page d’état…");
        assert_eq!(shorten("Page d'état d'AWS", 8), "Page…");
        assert_eq!(shorten("Aéroport d’Heathrow", 16), "Aéroport…");
        // A closing quote or a possessive at the end of a word is no join.
        assert_eq!(shorten("Let’s Encrypt status page", 16), "Let’s Encrypt…");
        assert_eq!(shorten("McDonald's app ordering", 16), "McDonald's app…");
    }

    #[test]
    fn a_first_word_longer_than_the_room_comes_whole_for_the_caller_to_squeeze() {
        assert_eq!(shorten("Cloudflare proxy", 8), "Cloudflare…");
        assert_eq!(shorten("DigitalOcean", 10), "DigitalOcean");
    }

    #[test]
    fn a_cut_label_shows_only_whole_words_of_the_label_and_fits_once_its_first_word_does() {
        for label in SAMPLES {
            let first_word = label.split(|c: char| !is_word_char(c)).next().unwrap_or_default().chars().count();
            for room in 1..label.chars().count() + 2 {
                let short = shorten(label, room);
                if room > first_word {
                    assert!(short.chars().count() <= room, "{short:?} in {room}");
                }
                assert!(says(label, &short), "{label:?} does not say {short:?}");
            }
        }
    }

    #[test]
    fn a_name_says_a_label_whose_words_it_has_in_order_outside_parentheses() {
        assert!(says("Amazon DynamoDB in us-east-1", "DynamoDB"));
        assert!(says("Amazon DynamoDB in us-east-1", "us-east-1"));
        assert!(says("Pokémon Trading Card Game", "Pokémon…"));
        assert!(says("ENT Île-de-France (monlycee.net)", "ENT Île-de…"));
        assert!(says("L’Équipe — sport", "L’Équipe"));
        assert!(!says("L’Équipe", "Équipe de France"));
        assert!(!says("Amazon Web Services", "AWS"));
        assert!(!says("AWS Identity and Access Management (IAM)", "IAM"));
        assert!(!says("Amazon DynamoDB", "Amazon Dyna…"));
    }

    #[test]
    fn the_accessible_name_starts_with_a_label_the_name_does_not_say() {
        assert_eq!(accessible_name("Amazon Web Services", "AWS"), "AWS — Amazon Web Services");
        assert_eq!(accessible_name("Amazon DynamoDB in us-east-1", "DynamoDB"), "Amazon DynamoDB in us-east-1");
        assert!(says(&accessible_name("AWS Identity and Access Management (IAM)", "IAM"), "IAM"));
    }
}
