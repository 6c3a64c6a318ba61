//! The jurisdiction switches: "every US provider", "every Chinese provider", "every provider outside the EU", as
//! toggle buttons (`data-jurisdiction`, `aria-pressed`), plus any other group a link switched off, so it can be
//! switched back on. Which companies a group holds is the model's rule (`jurisdiction::switched_off_by`).

use std::collections::BTreeSet;

use cloudfall_model::{Action, Jurisdiction, Lang};
use yew::prelude::*;

use crate::i18n::texts;

#[derive(Properties, PartialEq)]
pub struct JurisdictionSwitchesProps {
    pub lang: Lang,
    /// The groups switched off.
    pub off: BTreeSet<Jurisdiction>,
    pub onswitch: Callback<Action>,
}

#[component]
pub fn JurisdictionSwitches(props: &JurisdictionSwitchesProps) -> Html {
    let text = texts(props.lang);
    let extra = props.off.iter().filter(|group| !Jurisdiction::PRESETS.contains(group));
    let groups: Vec<Jurisdiction> = Jurisdiction::PRESETS.into_iter().chain(extra.copied()).collect();
    html! {
        <fieldset class="jurisdictions">
            <legend>{ text.jurisdiction_heading }</legend>
            <p class="hint">{ text.jurisdiction_hint }</p>
            { for groups.into_iter().map(|group| {
                let is_off = props.off.contains(&group);
                let onclick = {
                    let onswitch = props.onswitch.clone();
                    move |_| onswitch.emit(Action::ToggleJurisdiction(group))
                };
                let name = (text.jurisdiction_name)(group);
                html! {
                    <button type="button" key={group.code()} class={classes!("switch", is_off.then_some("is-off"))}
                        data-jurisdiction={group.code()} aria-pressed={is_off.to_string()}
                        title={(text.switch_label)(&name, is_off)} {onclick}>
                        <span class="switch-track" aria-hidden="true"><span class="switch-thumb"></span></span>
                        <span class="switch-name">{ name }</span>
                    </button>
                }
            }) }
        </fieldset>
    }
}
