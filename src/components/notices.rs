//! Tells the reader which parts of the link they followed were ignored or cut, and why (every `QueryProblem`).

use cloudfall_model::embed::Presentation;
use cloudfall_model::{Lang, QueryProblem};
use yew::prelude::*;

use crate::i18n::story_texts;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub problems: Vec<QueryProblem>,
    pub lang: Lang,
    pub ondismiss: Callback<()>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    if props.problems.is_empty() {
        return html! {};
    }
    let text = story_texts(props.lang);
    let ondismiss = props.ondismiss.clone();
    html! {
        <aside class="notice" role="note" aria-label={text.notice_heading} data-notice="url">
            <ul>
                { for props.problems.iter().map(|problem| {
                    let message = match problem {
                        QueryProblem::UnknownId(id) => (text.notice_unknown_id)(id),
                        QueryProblem::NotSwitchable(id) => (text.notice_not_switchable)(id),
                        QueryProblem::UnknownLang(code) => (text.notice_unknown_lang)(code),
                        QueryProblem::UnknownIncident(id) => (text.notice_unknown_incident)(id),
                        QueryProblem::UnknownPeriod(period) => (text.notice_unknown_period)(period),
                        QueryProblem::BadBackup(pair) => (text.notice_bad_backup)(pair),
                        QueryProblem::BadDataPath(path) => (text.notice_bad_data_path)(path),
                        QueryProblem::UnknownKey(key) => (text.notice_unknown_key)(key),
                        QueryProblem::UnknownChart(chart) => (text.notice_unknown_chart)(chart),
                        QueryProblem::UnknownCertainty(value) => (text.notice_unknown_certainty)(value),
                        QueryProblem::UnknownJurisdiction(code) => (text.notice_unknown_jurisdiction)(code),
                        QueryProblem::TooLong(bytes) => (text.notice_too_long)(*bytes),
                        QueryProblem::TooManyIds { key, count } => (text.notice_too_many_ids)(key, *count),
                        QueryProblem::BadClassValue { key, value } => (text.notice_bad_class_value)(key, value),
                        QueryProblem::BadValue { key, value } => {
                            (text.notice_bad_value)(key, value, &Presentation::takes(key))
                        }
                        QueryProblem::UnknownVersion(version) => (text.notice_unknown_version)(version),
                    };
                    html! { <li>{ message }</li> }
                }) }
            </ul>
            <button type="button" onclick={move |_| ondismiss.emit(())}>{ text.dismiss }</button>
        </aside>
    }
}
