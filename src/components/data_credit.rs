//! The foot of the page: the data's version and date, its licence (linked) and how to cite it, in the reader's
//! language, so whoever reuses a figure knows what they may do with it and how to credit it. It only renders what
//! the data file states; a file without a licence says so rather than implying one.

use cloudfall_model::validate::is_web_link;
use cloudfall_model::Lang;
use yew::prelude::*;

use crate::i18n::texts;
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct DataCreditProps {
    pub model: ModelRef,
    pub lang: Lang,
}

#[component]
pub fn DataCredit(props: &DataCreditProps) -> Html {
    let text = texts(props.lang);
    let info = &props.model.info;
    let licence = match &info.licence {
        // Only a web address becomes a link, whatever a data file says (validation refuses others too).
        Some(licence) if is_web_link(&licence.url) => html! {
            <a href={licence.url.clone()} rel="license noopener noreferrer" target="_blank">
                { &licence.name }<span class="visually-hidden">{ " " }{ text.opens_new_tab }</span>
            </a>
        },
        Some(licence) => html! { { &licence.name } },
        None => html! { { text.no_licence } },
    };
    html! {
        <footer class="data-credit" aria-label={text.data_credit_label} data-version={info.version.clone()}>
            <p>
                { (text.dataset_line)(&info.version, &info.as_of) }{ " " }
                <span class="data-licence" data-licence={info.licence.as_ref().map(|l| l.name.clone())}>
                    if info.licence.is_some() { { text.licence_label }{ text.colon } }
                    { licence }
                </span>
            </p>
            if let Some(citation) = &info.citation {
                <p class="data-citation">{ text.citation_label }{ text.colon }<cite>{ citation }</cite></p>
            }
        </footer>
    }
}
