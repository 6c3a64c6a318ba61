//! A table as CSV (RFC 4180), for the services table's download (issue 17, requirement 15): every cell quoted when
//! it holds a comma, a quote or a line break, lines ended by CRLF. A cell the data wrote that a spreadsheet would
//! run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'`, so a
//! hostile name in a reader's own file cannot become a formula in a teacher's spreadsheet.

/// The rows as CSV text, one line per row.
pub fn write<S: AsRef<str>>(rows: &[Vec<S>]) -> String {
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row.iter().map(|cell| cell_text(cell.as_ref())).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// One cell, defused and quoted as needed.
fn cell_text(cell: &str) -> String {
    let defused =
        if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{cell}") } else { cell.to_string() };
    if defused.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_only_when_needed_and_formulas_are_defused() {
        let rows = vec![
            vec!["Service", "State", "Audience (millions)"],
            vec!["Snapchat", "down", "453"],
            vec!["X (formerly \"Twitter\")", "up, at risk", ""],
            vec!["=HYPERLINK(\"http://evil\")", "-1", "line\nbreak"],
        ];
        assert_eq!(
            write(&rows),
            "Service,State,Audience (millions)\r\nSnapchat,down,453\r\n\"X (formerly \"\"Twitter\"\")\",\"up, at risk\",\r\n\
             \"'=HYPERLINK(\"\"http://evil\"\")\",'-1,\"line\nbreak\"\r\n"
        );
    }
}
