//! Exports and the printed page (issue 16): buttons that download the market chart and the scenario's picture as
//! SVG or PNG and the affected web services as CSV, each carrying the title, scenario, date, data version, licence
//! and sources; and the scenario's summary with its sources, shown only on paper. Every file's content is made by
//! the draw crate's pure, natively tested functions; this component only asks the browser to save it.

use std::rc::Rc;

use cloudfall_draw::map::map_svg;
use cloudfall_draw::market::market_svg;
use cloudfall_draw::scenario::{services_csv, summarise_derived, summary_svg, Summary};
use cloudfall_draw::words::words;
use cloudfall_model::{Derived, Scenario};
use yew::prelude::*;

use crate::browser;
use crate::hooks::use_printing;
use crate::i18n::texts;
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct ExportPanelProps {
    pub model: ModelRef,
    pub scenario: Rc<Scenario>,
    pub derived: Rc<Derived>,
}

/// What one export button makes.
#[derive(Clone, Copy, PartialEq)]
enum Export {
    ChartSvg,
    ChartPng,
    StorySvg,
    StoryPng,
    MapSvg,
    MapPng,
    Csv,
}

impl Export {
    const ALL: [Export; 7] = [
        Export::ChartSvg,
        Export::ChartPng,
        Export::StorySvg,
        Export::StoryPng,
        Export::MapSvg,
        Export::MapPng,
        Export::Csv,
    ];

    /// The `data-export` attribute the end-to-end tests click.
    fn code(self) -> &'static str {
        match self {
            Export::ChartSvg => "chart-svg",
            Export::ChartPng => "chart-png",
            Export::StorySvg => "story-svg",
            Export::StoryPng => "story-png",
            Export::MapSvg => "map-svg",
            Export::MapPng => "map-png",
            Export::Csv => "csv",
        }
    }
}

/// The file's name: `cloudfall-chart-2026-12-01.svg`.
fn file_name(kind: &str, date: &str, extension: &str) -> String {
    format!("cloudfall-{kind}-{date}.{extension}")
}

/// Makes one export and offers it for download.
fn export(model: &ModelRef, scenario: &Scenario, derived: &Derived, what: Export) -> Result<(), String> {
    let today = browser::today();
    let summary = || summarise_derived(model, scenario, derived, &today);
    match what {
        Export::ChartSvg => browser::download_text(
            &file_name("chart", &today, "svg"),
            "image/svg+xml",
            &market_svg(model, scenario, &today, 720)?,
        ),
        Export::ChartPng => {
            browser::download_png(&file_name("chart", &today, "png"), &market_svg(model, scenario, &today, 720)?)
        }
        Export::StorySvg => {
            browser::download_text(&file_name("scenario", &today, "svg"), "image/svg+xml", &summary_svg(&summary())?)
        }
        Export::StoryPng => browser::download_png(&file_name("scenario", &today, "png"), &summary_svg(&summary())?),
        Export::MapSvg => browser::download_text(
            &file_name("map", &today, "svg"),
            "image/svg+xml",
            &map_svg(model, scenario, derived, &summary().context)?,
        ),
        Export::MapPng => browser::download_png(
            &file_name("map", &today, "png"),
            &map_svg(model, scenario, derived, &summary().context)?,
        ),
        Export::Csv => browser::download_text(
            &file_name("services", &today, "csv"),
            "text/csv;charset=utf-8",
            &format!("\u{feff}{}", services_csv(&summary())),
        ),
    }
}

#[component]
pub fn ExportPanel(props: &ExportPanelProps) -> Html {
    let text = texts(props.scenario.lang);
    let error = use_state(|| None::<String>);
    let button = |what: Export, label: &'static str| {
        let (model, scenario, derived, error) =
            (props.model.clone(), props.scenario.clone(), props.derived.clone(), error.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            error.set(export(&model, &scenario, &derived, what).err());
        });
        html! { <button type="button" data-export={what.code()} {onclick}>{ label }</button> }
    };
    let labels = [
        text.export_chart_svg,
        text.export_chart_png,
        text.export_story_svg,
        text.export_story_png,
        text.export_map_svg,
        text.export_map_png,
        text.export_csv,
    ];

    // The printed page's summary: made for the scenario shown, dated today, and only while the page is printed
    // (a click on the map never pays for it).
    let printing = use_printing();
    let onprint = printing.print.reform(|_: MouseEvent| ());
    let printing = printing.now;
    let summary = use_memo(
        (props.model.clone(), props.scenario.clone(), props.derived.clone(), printing),
        |(model, scenario, derived, printing)| {
            printing.then(|| Rc::new(summarise_derived(model, scenario, derived, &browser::today())))
        },
    );
    html! {
        <section class="panel export-panel" aria-labelledby="export-heading">
            <h2 id="export-heading">{ text.export_heading }</h2>
            <p class="hint">{ text.export_intro }</p>
            <div class="export-buttons">
                { for Export::ALL.into_iter().zip(labels).map(|(what, label)| button(what, label)) }
                <button type="button" data-export="print" onclick={onprint}>{ text.export_print }</button>
            </div>
            if let Some(message) = &*error { <p class="export-error" role="alert">{ message }</p> }
            if let Some(summary) = (*summary).clone() { <PrintSummary {summary} /> }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PrintSummaryProps {
    summary: Rc<Summary>,
}

/// The scenario in words with every source, for paper only (the print stylesheet shows it, the screen hides it).
#[component]
fn PrintSummary(props: &PrintSummaryProps) -> Html {
    let summary = &props.summary;
    let words = words(summary.lang);
    html! {
        <div class="print-summary" data-print="summary">
            <p class="print-scenario"><strong>{ &summary.context.scenario }</strong>{ ". " }{ &summary.headline }{ "." }</p>
            if !summary.chain.is_empty() {
                <p>{ words.chain }{ words.colon }{ summary.chain.join(" → ") }</p>
            }
            <p>{ words.dark_heading }{ words.colon.trim_end() }</p>
            <ul>
                { for summary.groups.iter().map(|group| html! {
                    <li>{ format!("{} ({}){}", group.category, group.count, words.colon) }
                        { group.named.iter().map(|(name, how)| format!("{name} ({how})")).collect::<Vec<_>>().join(", ") }</li>
                }) }
            </ul>
            <p>{ &summary.context.data }{ ". " }{ &summary.context.made }{ ". " }{ &summary.context.licence }</p>
            <p>{ words.sources }{ words.colon.trim_end() }</p>
            <ol class="print-sources">
                { for summary.context.sources.iter().map(|source| html! { <li>{ source }</li> }) }
            </ol>
        </div>
    }
}
