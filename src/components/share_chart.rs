//! The market-share chart: plotters draws the bars into an SVG string (the only raw HTML the app injects; plotters
//! escapes text), and an overlay of invisible SVG buttons, one per provider bar, switches that provider off.

use std::collections::BTreeSet;
use std::rc::Rc;

use cloudfall_model::{Action, Lang, NodeId};
use yew::prelude::*;

use super::toggle_handlers;
use crate::chart::{format_percent, render_svg, ShareRow};
use crate::i18n::texts;
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct ShareChartProps {
    pub model: ModelRef,
    pub off: Rc<BTreeSet<NodeId>>,
    pub lang: Lang,
    /// The viewport width; the chart is drawn at the size it is shown, so text stays readable on phones.
    pub width: u32,
    pub onswitch: Callback<Action>,
}

#[component]
pub fn ShareChart(props: &ShareChartProps) -> Html {
    let text = texts(props.lang);
    let Some(table) = props.model.latest_shares() else {
        return html! {};
    };
    let providers: Vec<Option<NodeId>> =
        table.shares.iter().map(|share| share.provider.as_ref().map(|id| NodeId::new(id.clone()))).collect();
    let rows: Vec<ShareRow> = table
        .shares
        .iter()
        .zip(&providers)
        .map(|(share, provider)| {
            let label = match provider.as_ref().and_then(|id| props.model.lookup(id)) {
                Some(index) => props.model.node(index).label().to_string(),
                None if share.label.as_deref() == Some("others") => text.others.to_string(),
                None => share.label.clone().unwrap_or_default(),
            };
            let off = provider.as_ref().is_some_and(|id| props.off.contains(id));
            ShareRow { label, percent: share.percent, approximate: share.approximate, off }
        })
        .collect();
    // The chart panel takes about 58 % of a wide page (max 1200 px) and all of a narrow one.
    let chart_width = if props.width > 820 {
        (f64::from(props.width.min(1200)) * 0.58) as u32 - 40
    } else {
        props.width.saturating_sub(60)
    }
    .clamp(280, 720);
    let (svg, geometry) = match render_svg(&rows, chart_width) {
        Ok(drawn) => drawn,
        Err(message) => return html! { <p class="chart-error" role="alert">{ message }</p> },
    };
    let view_box = format!("0 0 {} {}", geometry.width, geometry.height);
    html! {
        <figure class="share-chart" data-period={table.period.clone()}>
            <div class="chart-stack">
                { Html::from_html_unchecked(AttrValue::from(svg)) }
                <svg class="chart-hits" viewBox={view_box} role="group" aria-label={(text.chart_caption)(&table.period)}>
                    { for rows.iter().zip(&providers).zip(&geometry.rows).map(|((row, provider), &(x0, y0, x1, y1))| {
                        let label = format!("{}, {}", row.label, format_percent(row.percent));
                        match provider {
                            Some(id) => {
                                let (onclick, onkeydown) = toggle_handlers(&props.onswitch, id);
                                html! {
                                    <rect class="chart-hit" role="button" tabindex="0"
                                        data-share-id={id.to_string()}
                                        aria-pressed={row.off.to_string()}
                                        aria-label={label}
                                        x={x0.to_string()} y={y0.to_string()}
                                        width={(x1 - x0).to_string()} height={(y1 - y0).to_string()}
                                        {onclick} {onkeydown} />
                                }
                            }
                            None => html! {
                                <rect class="chart-row" role="img" aria-label={label}
                                    x={x0.to_string()} y={y0.to_string()}
                                    width={(x1 - x0).to_string()} height={(y1 - y0).to_string()} />
                            },
                        }
                    }) }
                </svg>
            </div>
            <figcaption>
                <p class="chart-caption">
                    { (text.chart_caption)(&table.period) }
                    if let Some(size) = table.market_size_usd_bn { { ". " }{ (text.market_size)(size) } }
                    { "." }
                </p>
                if let Some(note) = &table.note { <p class="chart-note">{ note }</p> }
                <p class="chart-source">
                    { text.source_label }{ ": " }{ &table.analyst }{ " — " }
                    { for table.sources.iter().enumerate().map(|(i, source)| html! {
                        <>
                            if i > 0 { { "; " } }
                            if let Some(url) = &source.url {
                                <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ &source.publisher }</a>
                            } else {
                                { &source.publisher }
                            }
                            { format!(", {}", source.date) }
                        </>
                    }) }
                </p>
            </figcaption>
        </figure>
    }
}
