//! The cascade's controls (issue 17; WCAG 2.2.2; NSI's breadth-first search): a "wave by wave" switch that pauses
//! the spreading failure, a "next wave" button, and where it stands ("wave 2 of 5"), said politely; and the
//! breadth-first queue: the boxes the next wave reaches (`Outcome::in_wave`), by name unless a class link hides names.

use std::rc::Rc;

use cloudfall_model::{Derived, Lang};
use yew::prelude::*;

use crate::hooks::Cascade;
use crate::i18n::{class_texts, texts};
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct CascadeControlsProps {
    pub lang: Lang,
    pub cascade: Cascade,
    pub stepping: bool,
    pub onstepping: Callback<bool>,
    pub onnext: Callback<()>,
    pub model: ModelRef,
    pub derived: Rc<Derived>,
    /// A teacher's `hide=labels`: the queue gives a count, not names.
    #[prop_or_default]
    pub hide_names: bool,
}

/// How many names the queue lists before "and N more".
const QUEUED: usize = 8;

#[component]
pub fn CascadeControls(props: &CascadeControlsProps) -> Html {
    let text = texts(props.lang);
    let cascade = &props.cascade;
    let ontoggle = {
        let (onstepping, stepping) = (props.onstepping.clone(), props.stepping);
        Callback::from(move |_: MouseEvent| onstepping.emit(!stepping))
    };
    let onnext = {
        let onnext = props.onnext.clone();
        Callback::from(move |_: MouseEvent| onnext.emit(()))
    };
    let running = !cascade.is_done();
    let class = class_texts(props.lang);
    let queue: Vec<&str> = if props.stepping && running {
        props
            .derived
            .outcome
            .in_wave(cascade.shown + 1)
            // The mystery service's name stays hidden in the queue too.
            .filter(|index| props.derived.hidden_names.masked(*index).is_none())
            .map(|index| props.model.node(index).label_in(props.lang))
            .collect()
    } else {
        Vec::new()
    };
    let queued = if props.hide_names { Vec::new() } else { queue.iter().take(QUEUED).copied().collect::<Vec<_>>() };
    html! {
        <div class="cascade-controls" role="group" aria-label={text.cascade_label}>
            <button type="button" role="switch" class="switch cascade-step-switch" data-action="step-cascade"
                aria-checked={props.stepping.to_string()} onclick={ontoggle}>
                <span class="switch-track" aria-hidden="true"><span class="switch-thumb"></span></span>
                <span class="switch-name">{ text.cascade_stepping }</span>
            </button>
            if props.stepping {
                // Never `disabled`, so the focus stays on it after the last wave.
                <button type="button" class="cascade-next" data-action="next-wave"
                    aria-disabled={(!running).to_string()} onclick={onnext}>
                    { text.cascade_next }
                </button>
                <span class="cascade-where" aria-live="polite" data-wave={if running { cascade.shown.to_string() } else { "done".to_string() }}>
                    { if running { (text.cascade_wave)(cascade.shown, cascade.waves) } else { text.cascade_done.to_string() } }
                </span>
                if !queue.is_empty() {
                    <p class="cascade-queue" data-queue={queue.len().to_string()}>
                        { (class.cascade_queue)(&queued, queue.len()) }
                    </p>
                }
            }
        </div>
    }
}
