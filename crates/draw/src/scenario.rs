//! A scenario told without the app: what was switched off, the chain it travels, the web services that go dark
//! grouped by kind (with counts, the best known named, and how we know each), and the sources behind them. One
//! `Summary` is computed from the model, then written as plain text, as a picture (SVG through plotters, which
//! escapes every text) or as CSV. The command line writes them for the page without JavaScript; the app exports
//! them. No DOM and no IO here.

use std::collections::{BTreeMap, BTreeSet};

use cloudfall_model::{derive, Derived, Lang, Link, Model, NodeIndex, NodeKind, NodeState, Scenario};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::words::{words, Words};

/// The services named in each group of the picture and the text; the CSV lists them all.
const NAMED_PER_GROUP: usize = 4;
/// The sources listed in the picture; the text and the CSV list them all.
const SOURCES_DRAWN: usize = 6;

/// Where a picture or an export was made and from which data: the context every export carries.
#[derive(Debug, Clone, PartialEq)]
pub struct Context {
    pub lang: Lang,
    pub title: String,
    /// What is switched off, in words: `Switched off: DynamoDB (us-east-1)`.
    pub scenario: String,
    /// `Data 2.0.0, checked 2026-12-01`.
    pub data: String,
    /// `Licence: CC BY 4.0 (https://…)`, with the citation line when the data has one.
    pub licence: String,
    /// `Made on 2026-12-01`.
    pub made: String,
    /// Every source behind what the scenario shows, one line each.
    pub sources: Vec<String>,
}

/// One kind of web service that goes dark.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub category: String,
    pub count: usize,
    /// The best known (largest audience first), each with how we know it goes dark.
    pub named: Vec<(String, &'static str)>,
}

/// One affected web service, for the CSV.
#[derive(Debug, Clone, PartialEq)]
pub struct Affected {
    pub id: String,
    pub name: String,
    pub category: String,
    pub state: &'static str,
    pub how: &'static str,
    /// From what was switched off to the service, names joined by ` → `.
    pub chain: String,
}

/// A scenario in words, ready to be written as text, SVG or CSV.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub lang: Lang,
    pub context: Context,
    pub headline: String,
    /// From what was switched off to the best known service it takes down.
    pub chain: Vec<String>,
    pub groups: Vec<Group>,
    pub affected: Vec<Affected>,
}

/// The scenario the page opens with when nothing is chosen, and the one the page without JavaScript shows:
/// DynamoDB in us-east-1 switched off, the failure of 20 October 2025.
pub fn seed_scenario(lang: Lang) -> Scenario {
    let mut scenario = Scenario { lang, ..Scenario::default() };
    scenario.off.insert(cloudfall_model::NodeId::new("aws/us-east-1/dynamodb"));
    scenario
}

/// A node's name for a reader: its name in `lang`, with its region for a regional service.
pub fn display_name(model: &Model, index: NodeIndex, lang: Lang) -> String {
    let node = model.node(index);
    let name = node.label_in(lang).to_string();
    match (node.kind, node.id.parent().and_then(|parent| model.lookup(&parent))) {
        (NodeKind::CloudService | NodeKind::Zone, Some(parent)) => {
            let region = model.node(parent);
            match region.kind {
                NodeKind::Region | NodeKind::Zone => {
                    format!("{name} ({})", region.id.as_str().rsplit('/').next().unwrap_or_default())
                }
                _ => name,
            }
        }
        _ => name,
    }
}

/// One source as a line: `Publisher, "Title" (date), url, read via copy`.
fn source_line(
    words: &Words,
    publisher: &str,
    title: &str,
    date: &str,
    url: Option<&str>,
    via: Option<&str>,
) -> String {
    let mut line = format!("{publisher}, \u{201c}{title}\u{201d} ({date})");
    if let Some(url) = url {
        line.push_str(&format!(", {url}"));
    }
    if let Some(via) = via {
        line.push_str(&format!(", {} {via}", words.via));
    }
    line
}

/// The data's version, date and licence as the context lines, for a picture made on `made` (`YYYY-MM-DD`).
pub fn context(model: &Model, scenario_line: String, sources: Vec<String>, lang: Lang, made: &str) -> Context {
    let words = words(lang);
    let info = &model.info;
    let mut licence = match &info.licence {
        Some(licence) => format!("{}{}{} ({})", words.licence, words.colon, licence.name, licence.url),
        None => String::new(),
    };
    if let Some(citation) = &info.citation {
        if !licence.is_empty() {
            licence.push_str(". ");
        }
        licence.push_str(citation);
    }
    Context {
        lang,
        title: words.title.to_string(),
        scenario: scenario_line,
        data: format!("{} {}, {} {}", words.data, info.version, words.as_of, info.as_of),
        licence,
        made: format!("{} {made}", words.exported),
        sources,
    }
}

/// Computes the summary of `scenario` on `model`, in the scenario's language, made on `made` (`YYYY-MM-DD`).
///
/// # Complexity
/// One propagation, then each affected service's chain: O(V + E + affected × chain length).
pub fn summarise(model: &Model, scenario: &Scenario, made: &str) -> Summary {
    summarise_derived(model, scenario, &derive(model, scenario), made)
}

/// The same summary from what the app has already derived for the scenario, so an export costs no propagation.
pub fn summarise_derived(model: &Model, scenario: &Scenario, derived: &Derived, made: &str) -> Summary {
    let lang = scenario.lang;
    let words = words(lang);
    let outcome = &derived.outcome;
    let off = scenario.off_indices(model);
    let off_names: Vec<String> = off.iter().map(|&index| display_name(model, index, lang)).collect();
    let scenario_line = format!("{}{}{}", words.switched_off, words.colon, off_names.join(", "));

    let audience = |index: NodeIndex| model.node(index).audience.as_ref().map_or(0.0, |audience| audience.millions);
    let mut affected_indices: Vec<NodeIndex> =
        derived.impact.down.iter().chain(&derived.impact.degraded).copied().collect();
    affected_indices.sort_by(|&a, &b| audience(b).total_cmp(&audience(a)).then(a.index().cmp(&b.index())));

    let mut sources = BTreeSet::new();
    let mut affected = Vec::new();
    let mut groups: BTreeMap<&'static str, Group> = BTreeMap::new();
    for &index in &affected_indices {
        let node = model.node(index);
        let mut chain = outcome.why(index);
        chain.reverse();
        for pair in chain.windows(2) {
            if let [cause, dependent] = pair {
                if let Some(Link::Uses(dependency)) = model.link(*cause, *dependent) {
                    for evidence in &dependency.evidence {
                        sources.insert(source_line(
                            words,
                            &evidence.publisher,
                            &evidence.title,
                            &evidence.date,
                            evidence.url.as_deref(),
                            evidence.via.as_deref(),
                        ));
                    }
                }
            }
        }
        let how = (words.how)(derived.assessment.how(index));
        let name = node.name_in(lang).to_string();
        let category = (words.category)(node.category);
        let state = outcome.state(index);
        if state == NodeState::Down {
            let group = groups.entry(category).or_insert_with(|| Group {
                category: category.to_string(),
                count: 0,
                named: Vec::new(),
            });
            group.count += 1;
            if group.named.len() < NAMED_PER_GROUP {
                group.named.push((node.label_in(lang).to_string(), how));
            }
        }
        affected.push(Affected {
            id: node.id.to_string(),
            name,
            category: category.to_string(),
            state: state.as_str(),
            how,
            chain: chain.iter().map(|&step| display_name(model, step, lang)).collect::<Vec<_>>().join(" → "),
        });
    }
    let mut groups: Vec<Group> = groups.into_values().collect();
    groups.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.category.cmp(&b.category)));
    // The chain shown is the one to the best known service that goes down.
    let chain = affected_indices
        .iter()
        .find(|&&index| outcome.state(index) == NodeState::Down)
        .map(|&index| {
            let mut chain = outcome.why(index);
            chain.reverse();
            chain.into_iter().map(|step| display_name(model, step, lang)).collect()
        })
        .unwrap_or_default();
    Summary {
        lang,
        context: context(model, scenario_line, sources.into_iter().collect(), lang, made),
        headline: (words.headline)(
            derived.impact.down.len(),
            derived.impact.web_services,
            derived.impact.degraded.len(),
        ),
        chain,
        groups,
        affected,
    }
}

/// The summary as plain text, the way the page without JavaScript says it.
pub fn summary_text(summary: &Summary) -> String {
    let words = words(summary.lang);
    let mut text = format!("{}\n\n{}\n{}.\n", summary.context.title, summary.context.scenario, summary.headline);
    if !summary.chain.is_empty() {
        text.push_str(&format!("{}{}{}\n", words.chain, words.colon, summary.chain.join(" → ")));
    }
    text.push_str(&format!("\n{}{}\n", words.dark_heading, words.colon.trim_end()));
    for group in &summary.groups {
        text.push_str(&format!("- {} ({}){}{}", group.category, group.count, words.colon, named_list(group)));
        if group.count > group.named.len() {
            text.push_str(&format!(", {}", (words.more)(group.count - group.named.len())));
        }
        text.push('\n');
    }
    text.push_str(&format!("\n{}. {}.\n", summary.context.data, summary.context.made));
    if !summary.context.licence.is_empty() {
        text.push_str(&format!("{}\n", summary.context.licence));
    }
    text.push_str(&format!("\n{}{}\n", words.sources, words.colon.trim_end()));
    for source in &summary.context.sources {
        text.push_str(&format!("- {source}\n"));
    }
    text
}

/// `WhatsApp (documented), Signal (reported only)`.
fn named_list(group: &Group) -> String {
    group.named.iter().map(|(name, how)| format!("{name} ({how})")).collect::<Vec<_>>().join(", ")
}

/// The affected web services as CSV (RFC 4180, quoted where needed), after a header of `#` comment lines with the
/// title, the scenario, the date, the data version, the licence and every source.
pub fn services_csv(summary: &Summary) -> String {
    let words = words(summary.lang);
    let context = &summary.context;
    let mut csv = String::new();
    for line in [&context.title, &context.scenario, &summary.headline, &context.made, &context.data, &context.licence] {
        if !line.is_empty() {
            csv.push_str(&format!("# {}\n", one_line(line)));
        }
    }
    csv.push_str(&format!("# {}{}\n", words.sources, words.colon.trim_end()));
    for source in &context.sources {
        csv.push_str(&format!("#   {}\n", one_line(source)));
    }
    csv.push_str(&words.csv_columns.iter().map(|column| csv_field(column)).collect::<Vec<_>>().join(","));
    csv.push('\n');
    for row in &summary.affected {
        let fields = [&row.id, &row.name, &row.category, row.state, row.how, &row.chain];
        csv.push_str(&fields.iter().map(|field| csv_field(field)).collect::<Vec<_>>().join(","));
        csv.push('\n');
    }
    csv
}

/// A data text on one line, so it cannot end a comment line early.
fn one_line(text: &str) -> String {
    text.replace(['\r', '\n'], " ")
}

/// One CSV field, quoted when it holds a comma, a quote or a line break; a leading `=`, `+`, `-` or `@` is
/// prefixed with `'` so a spreadsheet never runs a data text as a formula.
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) { format!("'{text}") } else { text.to_string() };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The picture's width in pixels.
pub const PICTURE_WIDTH: u32 = 800;
const MARGIN: i32 = 24;
const LINE: i32 = 22;
const FONT: &str = "sans-serif";
const INK: RGBColor = RGBColor(0x1a, 0x1a, 0x1a);
const MUTED: RGBColor = RGBColor(0x55, 0x55, 0x55);
const DARK: RGBColor = RGBColor(0x22, 0x22, 0x22);
const BAR: RGBColor = RGBColor(0x1f, 0x6f, 0xb2);

/// How many characters of `size` px text fit in `pixels`: a sans-serif letter is about half its size wide.
fn fits(pixels: i32, size: f64) -> usize {
    usize::try_from(pixels).unwrap_or(0) * 2 / (size.max(1.0) as usize)
}

/// `text` cut to `chars` characters, with an ellipsis when cut.
fn clip(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(chars.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

/// Words wrapped into lines of at most `chars` characters.
pub(crate) fn wrap(text: &str, chars: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split_whitespace() {
        let Some(line) = lines.last_mut() else { break };
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > chars {
            lines.push(word.to_string());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}

/// The picture's height for `summary`, so the drawing has no empty band at its foot.
fn picture_height(summary: &Summary) -> u32 {
    let sources =
        summary.context.sources.len().min(SOURCES_DRAWN) + usize::from(summary.context.sources.len() > SOURCES_DRAWN);
    let lines = 4 + 3 + summary.groups.len() * 2 + 4 + sources + 2;
    u32::try_from(lines).unwrap_or(60) * LINE as u32 + 2 * MARGIN as u32 + 40
}

/// The scenario as an SVG picture: the title and what is off, the chain as boxes, one bar per kind of service
/// that goes dark with its count and the best known named with how we know, then the data, licence and sources.
/// Every text is written by plotters, which escapes it.
///
/// # Errors
/// A sentence saying the picture could not be drawn.
pub fn summary_svg(summary: &Summary) -> Result<String, String> {
    let height = picture_height(summary);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (PICTURE_WIDTH, height)).into_drawing_area();
        draw_summary(&root, summary).map_err(|error| format!("The picture could not be drawn: {error}"))?;
        root.present().map_err(|error| format!("The picture could not be drawn: {error}"))?;
    }
    Ok(svg)
}

/// Draws `summary` on any plotters backend, top to bottom.
///
/// # Errors
/// Whatever the backend reports.
pub fn draw_summary<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    summary: &Summary,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let words = words(summary.lang);
    let (width, _) = root.dim_in_pixel();
    let width = i32::try_from(width).unwrap_or(800);
    let inner = width - 2 * MARGIN;
    root.fill(&WHITE)?;
    let style = |size: f64, colour: RGBColor| TextStyle {
        font: (FONT, size).into_font(),
        color: colour.to_backend_color(),
        pos: Pos::new(HPos::Left, VPos::Top),
    };
    let mut y = MARGIN;
    let line =
        |text: &str, size: f64, colour: RGBColor, y: &mut i32| -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
            root.draw(&Text::new(clip(text, fits(inner, size)), (MARGIN, *y), style(size, colour)))?;
            *y += (size * 1.3) as i32;
            Ok(())
        };
    line(&summary.context.title, 26.0, INK, &mut y)?;
    line(&summary.context.scenario, 20.0, INK, &mut y)?;
    line(&summary.headline, 20.0, DARK, &mut y)?;
    y += LINE / 2;

    // The chain, as boxes joined by arrows, wrapped onto a second row when long.
    if !summary.chain.is_empty() {
        line(&format!("{}{}", words.chain, words.colon.trim_end()), 17.0, MUTED, &mut y)?;
        let mut x = MARGIN;
        let box_height = LINE + 6;
        for (i, step) in summary.chain.iter().enumerate() {
            let label = clip(step, 26);
            let box_width = i32::try_from(label.chars().count()).unwrap_or(20) * 8 + 16;
            if x + box_width > width - MARGIN && x > MARGIN {
                x = MARGIN;
                y += box_height + 8;
            }
            let fill = if i == 0 { DARK } else { RGBColor(0xee, 0xee, 0xee) };
            let ink = if i == 0 { WHITE } else { INK };
            root.draw(&Rectangle::new([(x, y), (x + box_width, y + box_height)], fill.filled()))?;
            root.draw(&Rectangle::new([(x, y), (x + box_width, y + box_height)], DARK.stroke_width(1)))?;
            root.draw(&Text::new(label, (x + 8, y + 6), style(17.0, ink)))?;
            x += box_width;
            if i + 1 < summary.chain.len() {
                let middle = y + box_height / 2;
                root.draw(&PathElement::new(vec![(x + 4, middle), (x + 20, middle)], DARK.stroke_width(2)))?;
                root.draw(&PathElement::new(
                    vec![(x + 14, middle - 5), (x + 20, middle), (x + 14, middle + 5)],
                    DARK.stroke_width(2),
                ))?;
                x += 24;
            }
        }
        y += box_height + LINE / 2;
    }

    // One bar per kind of service, as long as its count, then who is in it.
    line(&format!("{}{}", words.dark_heading, words.colon.trim_end()), 17.0, MUTED, &mut y)?;
    let most = summary.groups.iter().map(|group| group.count).max().unwrap_or(1).max(1);
    let label_width = 190;
    let bar_room = inner - label_width - 60;
    for group in &summary.groups {
        root.draw(&Text::new(clip(&group.category, 22), (MARGIN, y + 2), style(16.0, INK)))?;
        let length = (i32::try_from(group.count).unwrap_or(0) * bar_room / i32::try_from(most).unwrap_or(1)).max(3);
        let x = MARGIN + label_width;
        root.draw(&Rectangle::new([(x, y + 2), (x + length, y + LINE - 4)], BAR.filled()))?;
        root.draw(&Text::new(group.count.to_string(), (x + length + 6, y + 2), style(16.0, INK)))?;
        y += LINE;
        let mut named = named_list(group);
        if group.count > group.named.len() {
            named.push_str(&format!(", {}", (words.more)(group.count - group.named.len())));
        }
        root.draw(&Text::new(clip(&named, fits(inner - 16, 14.0)), (MARGIN + 16, y), style(14.0, MUTED)))?;
        y += LINE;
    }
    y += LINE / 2;

    // The context every picture carries.
    for text in [&summary.context.data, &summary.context.made] {
        line(text, 14.0, MUTED, &mut y)?;
    }
    for part in wrap(&summary.context.licence, fits(inner, 14.0)).iter().take(2) {
        line(part, 14.0, MUTED, &mut y)?;
    }
    line(&format!("{}{}", words.sources, words.colon.trim_end()), 14.0, MUTED, &mut y)?;
    for source in summary.context.sources.iter().take(SOURCES_DRAWN) {
        line(&format!("– {source}"), 13.0, MUTED, &mut y)?;
    }
    if summary.context.sources.len() > SOURCES_DRAWN {
        line(&(words.more)(summary.context.sources.len() - SOURCES_DRAWN), 13.0, MUTED, &mut y)?;
    }
    Ok(())
}

/// `text` safe inside HTML text and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(character),
        }
    }
    escaped
}

/// The page's fallback for readers without JavaScript or WebAssembly, in one language: the market chart and the
/// scenario's picture (files under `snapshot/`, relative, so the page works from any sub-path), and the summary
/// as text. Every data text is escaped.
pub fn fallback_html(summary: &Summary) -> String {
    let words = words(summary.lang);
    let lang = summary.lang.code();
    let mut html = format!("<section class=\"snapshot\" lang=\"{lang}\">\n");
    html.push_str(&format!("<h1>{}</h1>\n<p>{}</p>\n", escape_html(words.title), escape_html(words.subtitle)));
    html.push_str(&format!(
        "<img class=\"snapshot-picture\" src=\"snapshot/market-{lang}.svg\" width=\"720\" alt=\"{}\" />\n",
        escape_html(words.market_title)
    ));
    html.push_str(&format!(
        "<h2>{}</h2>\n<p><strong>{}.</strong></p>\n",
        escape_html(&summary.context.scenario),
        escape_html(&summary.headline)
    ));
    if !summary.chain.is_empty() {
        html.push_str(&format!(
            "<p>{}{}{}</p>\n",
            escape_html(words.chain),
            words.colon,
            escape_html(&summary.chain.join(" → "))
        ));
    }
    html.push_str(&format!(
        "<img class=\"snapshot-picture\" src=\"snapshot/scenario-{lang}.svg\" width=\"720\" alt=\"{}\" />\n",
        escape_html(&format!("{}. {}.", summary.context.scenario, summary.headline))
    ));
    html.push_str(&format!("<h3>{}</h3>\n<ul>\n", escape_html(words.dark_heading)));
    for group in &summary.groups {
        let mut named = named_list(group);
        if group.count > group.named.len() {
            named.push_str(&format!(", {}", (words.more)(group.count - group.named.len())));
        }
        html.push_str(&format!(
            "<li>{} ({}){}{}</li>\n",
            escape_html(&group.category),
            group.count,
            words.colon,
            escape_html(&named)
        ));
    }
    html.push_str("</ul>\n");
    html.push_str(&format!(
        "<p class=\"snapshot-credit\">{}. {}</p>\n",
        escape_html(&summary.context.data),
        escape_html(&summary.context.licence)
    ));
    // The sources are in the text file beside the pictures: the page stays light for readers with JavaScript,
    // who download this block too.
    html.push_str(&format!(
        "<p><a href=\"snapshot/summary-{lang}.txt\">{} ({})</a></p>\n</section>\n",
        escape_html(words.sources),
        summary.context.sources.len()
    ));
    html
}
