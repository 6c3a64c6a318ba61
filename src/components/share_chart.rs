//! The market-share chart: one period's shares as bars, or every period as lines. plotters draws into an SVG
//! string (the only raw HTML the app injects; plotters escapes text). Over the bars sits an overlay of SVG
//! buttons, one per provider, that switch that provider off.

use std::rc::Rc;

use cloudfall_model::data::ShareScope;
use cloudfall_model::derive::{chosen_table, share_history, share_tables_for_menu};
use cloudfall_model::{Action, ChartView, NodeId, Scenario};
use cloudfall_model::{MarketTable, ShareHolder};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::{toggle_handlers, SourceList};
use crate::chart::{format_percent, render, Chart, HistorySeries, ShareRow};
use crate::i18n::{texts, Texts};
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct ShareChartProps {
    pub model: ModelRef,
    pub scenario: Rc<Scenario>,
    /// The viewport width; the chart is drawn at the size it is shown, so text stays readable on phones.
    pub width: u32,
    pub onswitch: Callback<Action>,
}

/// The chart's drawing width for a viewport: about 58 % of a wide page (max 1200 px), all of a narrow one.
fn chart_width(viewport: u32) -> u32 {
    if viewport > 820 { (f64::from(viewport.min(1200)) * 0.58) as u32 - 40 } else { viewport.saturating_sub(60) }
        .clamp(280, 720)
}

#[component]
pub fn ShareChart(props: &ShareChartProps) -> Html {
    let text = texts(props.scenario.lang);
    let model = &props.model;
    let Some(table) = chosen_table(model, &props.scenario) else {
        return html! {};
    };
    let onperiod = {
        let onswitch = props.onswitch.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<HtmlSelectElement>() {
                let value = select.value();
                onswitch.emit(Action::SetPeriod((!value.is_empty()).then_some(value)));
            }
        })
    };
    let view_button = |view: ChartView, label: &'static str| {
        let onswitch = props.onswitch.clone();
        html! {
            <button type="button" data-chart-view={view.code()}
                aria-pressed={(props.scenario.chart == view).to_string()}
                onclick={move |_| onswitch.emit(Action::SetChart(view))}>
                { label }
            </button>
        }
    };
    let tables = share_tables_for_menu(model);
    let selected_key = props.scenario.period.clone().unwrap_or_default();
    let controls = html! {
        <div class="chart-controls">
            <div class="segmented" role="group" aria-label={text.chart_heading}>
                { view_button(ChartView::Shares, text.view_shares) }
                { view_button(ChartView::History, text.view_history) }
            </div>
            if props.scenario.chart == ChartView::Shares {
                <label class="period-picker">
                    { text.period_label }{ " " }
                    <select data-control="period" onchange={onperiod}>
                        <option value="" selected={selected_key.is_empty()}>{ text.latest }</option>
                        { for [ShareScope::Worldwide, ShareScope::Europe].into_iter().map(|scope| html! {
                            <optgroup label={(text.scope_name)(scope)}>
                                { for tables.iter().filter(|t| t.scope == scope).map(|t| {
                                    let key = t.key();
                                    html! { <option value={key.clone()} selected={key == selected_key}>{ &t.period }</option> }
                                }) }
                            </optgroup>
                        }) }
                    </select>
                </label>
            }
        </div>
    };
    let body = match props.scenario.chart {
        ChartView::Shares => shares_view(props, table, text),
        ChartView::History => history_view(props, text),
    };
    html! {
        <div class="share-chart-block">
            { controls }
            { body }
        </div>
    }
}

fn shares_view(props: &ShareChartProps, table: &MarketTable, text: &'static Texts) -> Html {
    let model = &props.model;
    let providers: Vec<Option<NodeId>> =
        table.shares.iter().map(|share| share.provider().map(|index| model.node(index).id.clone())).collect();
    let rows: Vec<ShareRow> = table
        .shares
        .iter()
        .zip(&providers)
        .map(|(share, provider)| {
            let label = match share.holder {
                ShareHolder::Provider(index) => model.node(index).label().to_string(),
                ShareHolder::Group(label) => (text.share_label)(label).to_string(),
            };
            let off = provider.as_ref().is_some_and(|id| props.scenario.off.contains(id));
            ShareRow { label, percent: share.percent, approximate: share.approximate, off }
        })
        .collect();
    let (svg, targets) = match render(&Chart::Shares(&rows), chart_width(props.width)) {
        Ok(drawn) => drawn,
        Err(message) => return html! { <p class="chart-error" role="alert">{ message }</p> },
    };
    let svg = AttrValue::from(svg);
    let caption = match table.scope {
        ShareScope::Worldwide => (text.chart_caption)(&table.period),
        ShareScope::Europe => (text.europe_caption)(&table.period),
    };
    let view_box = format!("0 0 {} {}", targets.width, targets.height);
    html! {
        <figure class="share-chart" data-period={table.key()}>
            <div class="chart-stack">
                { Html::from_html_unchecked(svg) }
                <svg class="chart-hits" viewBox={view_box} role="group" aria-label={caption.clone()}>
                    { for rows.iter().zip(&providers).zip(&targets.rows).map(|((row, provider), &(x0, y0, x1, y1))| {
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
                    { caption }
                    if let Some(size) = table.market_size_usd_bn { { ". " }{ (text.market_size)(size) } }
                    { "." }
                </p>
                if table.shares.iter().any(|share| share.approximate) { <p class="chart-note">{ text.approximate_note }</p> }
                if let Some(note) = &table.note { <p class="chart-note">{ note }</p> }
                <p class="chart-source">
                    { text.source_label }{ text.colon }{ &table.analyst }{ " — " }
                    <SourceList sources={table.sources.clone()} lang={props.scenario.lang} />
                </p>
            </figcaption>
        </figure>
    }
}

fn history_view(props: &ShareChartProps, text: &'static Texts) -> Html {
    let model = &props.model;
    let history = share_history(model);
    let (Some(first), Some(last)) = (history.periods.first(), history.periods.last()) else {
        return html! {};
    };
    let periods = &history.periods;
    let series: Vec<HistorySeries> = history
        .series
        .iter()
        .map(|series| HistorySeries {
            label: model.node(series.provider).label().to_string(),
            points: series.points.clone(),
        })
        .collect();
    let svg = match render(&Chart::History { periods, series: &series }, chart_width(props.width)) {
        Ok((svg, _)) => svg,
        Err(message) => return html! { <p class="chart-error" role="alert">{ message }</p> },
    };
    let caption = (text.history_caption)(first, last);
    html! {
        <figure class="share-chart history" data-view="history">
            <div class="chart-stack" role="img" aria-label={caption.clone()}>
                { Html::from_html_unchecked(AttrValue::from(svg)) }
            </div>
            <figcaption>
                <p class="chart-caption">{ caption }{ "." }</p>
                <p class="chart-note">{ text.history_note }{ " " }{ text.approximate_note }</p>
                <p class="chart-source">{ text.source_label }{ text.colon }{ history.analysts.join(", ") }{ " — " }
                    { (text.history_sources)(periods.len()) }</p>
                <details class="history-table">
                    <summary>{ text.history_table }</summary>
                    <table>
                        <thead><tr><th scope="col">{ text.period_label }</th>
                            { for series.iter().map(|s| html! { <th scope="col">{ &s.label }</th> }) }</tr></thead>
                        <tbody>
                            { for periods.iter().enumerate().map(|(i, period)| html! {
                                <tr><th scope="row">{ period }</th>
                                    { for series.iter().map(|s| html! {
                                        <td>{ match s.points.get(i).copied().flatten() {
                                            Some((percent, true)) => format!("~{}", format_percent(percent)),
                                            Some((percent, false)) => format_percent(percent),
                                            None => "–".to_string(),
                                        } }</td>
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </details>
            </figcaption>
        </figure>
    }
}
