//! A small JSON reader, for the embed's story core (issue 16's weight). serde's generic readers, one per type of the
//! data file, were 45 KB of the story binary's gzipped WebAssembly; this reader is one function per kind of value, and
//! [`crate::story_core`] turns its tree into the data file's types. The full app and the command line keep serde.
//!
//! Strict JSON (RFC 8259) into a [`Json`] tree. A syntax error is one [`Syntax`] with its line and column, as the
//! validator gives it; brackets nested deeper than [`MAX_DEPTH`] are refused rather than followed, and a number
//! that cannot be read exactly by the fast path below is refused as not valid (the data's numbers are short).

use crate::validate::{Position, Syntax};

/// How deep brackets may nest. A data file needs 5.
pub const MAX_DEPTH: usize = 64;

/// A JSON value. An object keeps its keys in the order written, repeated ones included.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Reads `text` as one JSON value.
///
/// # Errors
/// The first syntax error, with its line and column (both from 1; the column counts characters).
pub fn parse(text: &str) -> Result<Json, (Syntax, Position)> {
    let mut reader = Reader { bytes: text.as_bytes(), at: 0 };
    let value = reader.value(0).and_then(|value| {
        reader.space();
        if reader.at < reader.bytes.len() {
            Err(Syntax::TrailingCharacters)
        } else {
            Ok(value)
        }
    });
    value.map_err(|syntax| (syntax, position(text, reader.at)))
}

/// The line and column of byte `at` in `text`.
fn position(text: &str, at: usize) -> Position {
    let before = text.get(..at).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |last| last.chars().count()) + 1;
    Position { line, column }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, Syntax> {
        self.space();
        match self.peek() {
            None => Err(Syntax::EndsTooEarly),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.list(depth + 1),
            Some(b'"') => self.text().map(Json::Text),
            Some(b'-' | b'0'..=b'9') => self.number().map(Json::Number),
            Some(_) => {
                for (word, value) in [("true", Json::Bool(true)), ("false", Json::Bool(false)), ("null", Json::Null)] {
                    if self.bytes.get(self.at..).is_some_and(|rest| rest.starts_with(word.as_bytes())) {
                        self.at += word.len();
                        return Ok(value);
                    }
                }
                Err(Syntax::ExpectedValue)
            }
        }
    }

    /// After the opening bracket's position: reads the items up to the closing one.
    fn list(&mut self, depth: usize) -> Result<Json, Syntax> {
        if depth > MAX_DEPTH {
            return Err(Syntax::TooDeep);
        }
        self.at += 1;
        let mut items = Vec::new();
        self.space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Json::List(items));
        }
        loop {
            items.push(self.value(depth)?);
            if self.after_item(b']')? {
                return Ok(Json::List(items));
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, Syntax> {
        if depth > MAX_DEPTH {
            return Err(Syntax::TooDeep);
        }
        self.at += 1;
        let mut fields = Vec::new();
        self.space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Json::Object(fields));
        }
        loop {
            self.space();
            match self.peek() {
                Some(b'"') => {}
                None => return Err(Syntax::EndsTooEarly),
                Some(_) => return Err(Syntax::KeyMustBeText),
            }
            let key = self.text()?;
            self.space();
            match self.peek() {
                Some(b':') => self.at += 1,
                None => return Err(Syntax::EndsTooEarly),
                Some(_) => return Err(Syntax::ExpectedColon),
            }
            fields.push((key, self.value(depth)?));
            if self.after_item(b'}')? {
                return Ok(Json::Object(fields));
            }
        }
    }

    /// After an item: a comma (false: another item follows) or the closing bracket `close` (true).
    fn after_item(&mut self, close: u8) -> Result<bool, Syntax> {
        self.space();
        match self.peek() {
            Some(b',') => {
                self.at += 1;
                Ok(false)
            }
            Some(found) if found == close => {
                self.at += 1;
                Ok(true)
            }
            None => Err(Syntax::EndsTooEarly),
            Some(_) => Err(Syntax::ExpectedCommaOrEnd),
        }
    }

    /// A text in quotes, from its opening quote.
    fn text(&mut self) -> Result<String, Syntax> {
        self.at += 1;
        let mut out = Vec::new();
        loop {
            let Some(byte) = self.peek() else {
                return Err(Syntax::EndsTooEarly);
            };
            self.at += 1;
            match byte {
                b'"' => return String::from_utf8(out).map_err(|_| Syntax::BadEscape),
                b'\\' => {
                    let escaped = self.peek().ok_or(Syntax::EndsTooEarly)?;
                    self.at += 1;
                    let plain = match escaped {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode()?,
                        _ => {
                            // At the escape's letter, not after it.
                            self.at -= 1;
                            return Err(Syntax::BadEscape);
                        }
                    };
                    let mut buffer = [0; 4];
                    out.extend_from_slice(plain.encode_utf8(&mut buffer).as_bytes());
                }
                0..=0x1f => return Err(Syntax::ControlInText),
                // The text is UTF-8 already (it came from a &str): its bytes are copied as they are.
                _ => out.push(byte),
            }
        }
    }

    /// The four hex digits after `\u`, and the second half of a surrogate pair.
    fn unicode(&mut self) -> Result<char, Syntax> {
        let first = self.hex4()?;
        let code = if (0xd800..0xdc00).contains(&first) {
            if self.bytes.get(self.at..self.at + 2) != Some(b"\\u") {
                return Err(Syntax::BadEscape);
            }
            self.at += 2;
            let second = self.hex4()?;
            if !(0xdc00..0xe000).contains(&second) {
                return Err(Syntax::BadEscape);
            }
            0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
        } else {
            first
        };
        char::from_u32(code).ok_or(Syntax::BadEscape)
    }

    fn hex4(&mut self) -> Result<u32, Syntax> {
        let digits = self.bytes.get(self.at..self.at + 4).ok_or(Syntax::EndsTooEarly)?;
        let mut code = 0;
        for &digit in digits {
            code = code * 16 + char::from(digit).to_digit(16).ok_or(Syntax::BadEscape)?;
        }
        self.at += 4;
        Ok(code)
    }

    /// A number. Read exactly when its digits, without the point, make an integer below 2^53 and its power of ten is
    /// at most 22 (the two are then exact doubles, and one multiplication or division rounds correctly); anything
    /// else is refused as not valid.
    fn number(&mut self) -> Result<f64, Syntax> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let mut mantissa: u64 = 0;
        let mut digits = 0u32;
        let mut exponent: i32 = 0;
        let start = self.at;
        while let Some(digit @ b'0'..=b'9') = self.peek() {
            mantissa = mantissa.saturating_mul(10).saturating_add(u64::from(digit - b'0'));
            digits += 1;
            self.at += 1;
        }
        // No digit, or a leading zero followed by digits ("01").
        if digits == 0 || (digits > 1 && self.bytes.get(start) == Some(&b'0')) {
            return Err(Syntax::BadNumber);
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            let before = digits;
            while let Some(digit @ b'0'..=b'9') = self.peek() {
                mantissa = mantissa.saturating_mul(10).saturating_add(u64::from(digit - b'0'));
                digits += 1;
                exponent -= 1;
                self.at += 1;
            }
            if digits == before {
                return Err(Syntax::BadNumber);
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            let sign = match self.peek() {
                Some(b'-') => {
                    self.at += 1;
                    -1
                }
                Some(b'+') => {
                    self.at += 1;
                    1
                }
                _ => 1,
            };
            let mut written: i32 = 0;
            let mut any = false;
            while let Some(digit @ b'0'..=b'9') = self.peek() {
                written = written.saturating_mul(10).saturating_add(i32::from(digit - b'0'));
                any = true;
                self.at += 1;
            }
            if !any {
                return Err(Syntax::BadNumber);
            }
            exponent = exponent.saturating_add(sign * written);
        }
        if digits > 19 || mantissa >= 1 << 53 || exponent.unsigned_abs() > 22 {
            return Err(Syntax::BadNumber);
        }
        #[allow(clippy::cast_precision_loss)] // below 2^53: exact
        let mantissa = mantissa as f64;
        let scale = 10f64.powi(exponent.abs());
        let value = if exponent < 0 { mantissa / scale } else { mantissa * scale };
        Ok(if negative { -value } else { value })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

    use proptest::prelude::*;

    use super::*;

    /// The same tree serde_json reads, for comparison.
    fn from_serde(value: &serde_json::Value) -> Json {
        match value {
            serde_json::Value::Null => Json::Null,
            serde_json::Value::Bool(value) => Json::Bool(*value),
            serde_json::Value::Number(number) => Json::Number(number.as_f64().unwrap()),
            serde_json::Value::String(text) => Json::Text(text.clone()),
            serde_json::Value::Array(items) => Json::List(items.iter().map(from_serde).collect()),
            serde_json::Value::Object(fields) => {
                Json::Object(fields.iter().map(|(key, value)| (key.clone(), from_serde(value))).collect())
            }
        }
    }

    #[test]
    fn reads_what_serde_json_reads() {
        let text = r#"{"a": [1, -2.5, 0.35, 1e3, 2E-2, 14.5, 0], "b": {"c": null, "d": true, "e": false},
            "t": "é \" \\ \/ \b\f\n\r\t \u00e9 \ud83d\ude00 «»", "empty": [], "o": {}}"#;
        let ours = parse(text).unwrap();
        let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
        // serde_json's map sorts its keys; ours keeps the order written: compare sorted.
        let sorted = |json: Json| match json {
            Json::Object(mut fields) => {
                fields.sort_by(|a, b| a.0.cmp(&b.0));
                Json::Object(fields)
            }
            other => other,
        };
        assert_eq!(sorted(ours), sorted(from_serde(&theirs)));
    }

    #[test]
    fn the_shipped_data_reads_as_serde_json_reads_it() {
        let text = include_str!("../../../static/data/cloudfall.json");
        let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
        fn sort(json: Json) -> Json {
            match json {
                Json::Object(fields) => {
                    let mut fields: Vec<_> = fields.into_iter().map(|(key, value)| (key, sort(value))).collect();
                    fields.sort_by(|a, b| a.0.cmp(&b.0));
                    Json::Object(fields)
                }
                Json::List(items) => Json::List(items.into_iter().map(sort).collect()),
                other => other,
            }
        }
        assert_eq!(sort(parse(text).unwrap()), sort(from_serde(&theirs)));
    }

    #[test]
    fn syntax_errors_say_what_and_where() {
        let cases: [(&str, Syntax, usize, usize); 12] = [
            ("", Syntax::EndsTooEarly, 1, 1),
            ("{\"a\": 1", Syntax::EndsTooEarly, 1, 8),
            ("{\"a\" 1}", Syntax::ExpectedColon, 1, 6),
            ("[1 2]", Syntax::ExpectedCommaOrEnd, 1, 4),
            ("{1: 2}", Syntax::KeyMustBeText, 1, 2),
            ("[1,,2]", Syntax::ExpectedValue, 1, 4),
            ("{}\n x", Syntax::TrailingCharacters, 2, 2),
            ("\"a\\qb\"", Syntax::BadEscape, 1, 4),
            ("\"a\nb\"", Syntax::ControlInText, 2, 1),
            ("[01]", Syntax::BadNumber, 1, 4),
            ("1.", Syntax::BadNumber, 1, 3),
            ("12345678901234567890", Syntax::BadNumber, 1, 21),
        ];
        let wrong: Vec<String> = cases
            .into_iter()
            .filter(|(text, syntax, line, column)| {
                parse(text) != Err((syntax.clone(), Position { line: *line, column: *column }))
            })
            .map(|(text, ..)| format!("{text:?}: {:?}", parse(text)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert_eq!(parse(&deep).map_err(|(syntax, _)| syntax), Err(Syntax::TooDeep));
        assert!(parse(&("[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH))).is_ok());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Any text gives a value or a syntax error, never a panic; what serde_json reads, this reads alike.
        #[test]
        fn any_text_is_read_or_refused(text in "\\PC{0,64}|[\\[\\]{}\",:0-9.eE+\\-a-z \\\\]{0,64}") {
            let ours = parse(&text);
            if let (Ok(ours), Ok(theirs)) = (&ours, serde_json::from_str::<serde_json::Value>(&text)) {
                if !matches!(theirs, serde_json::Value::Object(_)) {
                    prop_assert_eq!(ours.clone(), from_serde(&theirs));
                }
            }
        }

        /// Numbers the fast path takes come out as Rust's own correctly rounded reading.
        #[test]
        fn numbers_are_read_exactly(whole in 0u64..1_000_000_000, fraction in 0u32..100_000, places in 0usize..6) {
            let text = if places == 0 { whole.to_string() } else {
                format!("{whole}.{:0places$}", u64::from(fraction) % 10u64.pow(places as u32))
            };
            prop_assert_eq!(parse(&text).unwrap(), Json::Number(text.parse::<f64>().unwrap()));
        }
    }
}
