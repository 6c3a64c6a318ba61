//! A node named in a list (the why-chain, dependencies, dependents): a button that opens its details, with its
//! state in words when it is not up.

use cloudfall_model::{Action, Lang, NodeIndex, NodeState};
use yew::prelude::*;

use crate::i18n::story_texts;
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct NodeButtonProps {
    pub model: ModelRef,
    pub index: NodeIndex,
    pub state: NodeState,
    pub lang: Lang,
    pub onswitch: Callback<Action>,
}

#[component]
pub fn NodeButton(props: &NodeButtonProps) -> Html {
    let text = story_texts(props.lang);
    let node = props.model.node(props.index);
    let onclick = {
        let (onswitch, id) = (props.onswitch.clone(), node.id.clone());
        Callback::from(move |_: MouseEvent| {
            onswitch.emit(Action::Select(Some(id.clone())));
            // Following a link moves the focus to the details it opens (the link itself may not be there any more).
            crate::browser::focus_after_render(&crate::browser::details_heading(&id));
        })
    };
    html! {
        <button type="button" class={classes!("link-button", format!("state-{}", props.state.as_str()))}
            data-select={node.id.to_string()} {onclick}>
            { node.name_in(props.lang) }
            if props.state != NodeState::Up { { format!(" ({})", (text.state_name)(props.state)) } }
        </button>
    }
}
