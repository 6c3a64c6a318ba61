//! Every web service in a table, by state: the low-level view that needs no map (issue 17). It sorts by state,
//! name or audience from its column headers (`aria-sort`), says each state in words and with a mark, never by
//! colour alone, and reflows at 320 px. Folded by default, so its rows are built only once a reader opens it.

use std::rc::Rc;

use cloudfall_model::{Derived, NodeIndex, NodeKind, NodeState, Scenario};
use yew::prelude::*;

use crate::i18n::{class_texts, texts};
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct ServiceTableProps {
    pub model: ModelRef,
    pub scenario: Rc<Scenario>,
    pub derived: Rc<Derived>,
}

/// The column the table is sorted by.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Column {
    State,
    Name,
    Audience,
}

/// How far a state is from "up", for sorting: down first.
fn severity(state: NodeState) -> u8 {
    match state {
        NodeState::Down => 0,
        NodeState::Degraded => 1,
        NodeState::Up => 2,
    }
}

/// The mark that says a state without colour: ✕ down, ! degraded, ✓ up (as on the map).
fn mark(state: NodeState) -> &'static str {
    match state {
        NodeState::Down => "✕",
        NodeState::Degraded => "!",
        NodeState::Up => "✓",
    }
}

#[component]
pub fn ServiceTable(props: &ServiceTableProps) -> Html {
    let lang = props.scenario.lang;
    let text = texts(lang);
    let open = use_state(|| false);
    // The sort: a column and whether it runs in its natural order (state: down first; name: A to Z; audience:
    // largest first) or reversed.
    let sort = use_state(|| (Column::State, false));
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |event: Event| {
            let now = event.target_dyn_into::<web_sys::Element>().is_some_and(|details| details.has_attribute("open"));
            open.set(now);
        })
    };
    let model = &props.model;
    let outcome = &props.derived.outcome;
    let rows: Vec<NodeIndex> = if *open {
        let audience = |index: NodeIndex| model.node(index).audience.as_ref().map_or(-1.0, |a| a.millions);
        let mut rows: Vec<NodeIndex> =
            model.nodes().filter(|(_, node)| node.kind == NodeKind::WebService).map(|(index, _)| index).collect();
        let name = |index: NodeIndex| crate::components::search_box::fold(model.node(index).name_in(lang));
        let (column, reversed) = *sort;
        rows.sort_by(|&a, &b| {
            let natural = match column {
                Column::State => severity(outcome.state(a)).cmp(&severity(outcome.state(b))),
                Column::Name => std::cmp::Ordering::Equal,
                Column::Audience => audience(b).total_cmp(&audience(a)),
            }
            .then_with(|| name(a).cmp(&name(b)));
            if reversed {
                natural.reverse()
            } else {
                natural
            }
        });
        rows
    } else {
        Vec::new()
    };
    let header = |column: Column, label: &'static str| {
        let (current, reversed) = *sort;
        // Name (A to Z) and state (down first, the most severe) run ascending; audience runs largest first.
        let natural_ascending = column != Column::Audience;
        let aria_sort = match (current == column, natural_ascending != reversed) {
            (false, _) => "none",
            (true, true) => "ascending",
            (true, false) => "descending",
        };
        let onclick = {
            let sort = sort.clone();
            Callback::from(move |_: MouseEvent| {
                let (current, reversed) = *sort;
                sort.set((column, current == column && !reversed));
            })
        };
        html! {
            <th scope="col" aria-sort={aria_sort}>
                <button type="button" data-sort={match column { Column::State => "state", Column::Name => "name", Column::Audience => "audience" }} {onclick}>{ label }</button>
            </th>
        }
    };
    // The same rows, in the same order, as a CSV file to download (a `data:` link: nothing is sent anywhere). The
    // audience is a plain number of millions, so a spreadsheet can sort it.
    let class = class_texts(lang);
    let csv_link = (*open).then(|| {
        let mut table = vec![vec![
            text.table_service.to_string(),
            text.table_state.to_string(),
            class.csv_audience_millions.to_string(),
        ]];
        table.extend(rows.iter().map(|&index| {
            let node = model.node(index);
            let audience = node.audience.as_ref().map(|audience| audience.millions.to_string()).unwrap_or_default();
            vec![node.name_in(lang).to_string(), (text.state_name)(outcome.state(index)).to_string(), audience]
        }));
        let csv = cloudfall_model::csv::write(&table);
        format!("data:text/csv;charset=utf-8,{}", String::from(js_sys::encode_uri_component(&csv)))
    });
    html! {
        <details class="panel service-table" data-service-table="" {ontoggle}>
            <summary><h2 class="service-table-heading">{ text.table_heading }</h2></summary>
            <p class="hint">{ text.table_intro }</p>
            if let Some(href) = csv_link {
                <p><a class="csv-download" data-action="download-csv" {href} download={class.csv_file_name}>{ class.csv_download }</a></p>
            }
            if *open {
                <div class="table-scroll">
                    <table>
                        <caption class="visually-hidden">{ text.table_heading }</caption>
                        <thead>
                            <tr>
                                { header(Column::Name, text.table_service) }
                                { header(Column::State, text.table_state) }
                                { header(Column::Audience, text.table_audience) }
                            </tr>
                        </thead>
                        <tbody>
                            { for rows.iter().map(|&index| {
                                let node = model.node(index);
                                let state = outcome.state(index);
                                html! {
                                    <tr key={node.id.to_string()} data-row={node.id.to_string()} data-state={state.as_str()}>
                                        <th scope="row">{ node.name_in(lang) }</th>
                                        <td class={format!("state-{}", state.as_str())}>
                                            <span class="table-mark" aria-hidden="true">{ mark(state) }</span>{ " " }
                                            { (text.state_name)(state) }
                                        </td>
                                        <td class="number">
                                            { node.audience.as_ref().map(|audience| (text.table_millions)(audience.millions)).unwrap_or_default() }
                                        </td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </details>
    }
}
