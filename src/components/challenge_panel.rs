//! The challenges after the story (issue 17): the task, the zone question's choices, the mystery challenge's list of
//! providers, "Check my answer" (which asks
//! the model's pure checker, `challenge::check`, and sends its verdict), the verdict with its explanation, and the
//! pupil's answer code. The rules of each challenge live in the model; this renders them.

use std::rc::Rc;

use cloudfall_model::challenge::{check, encode, Challenge, Verdict, ZoneGuess};
use cloudfall_model::scenario::HiddenNames;
use cloudfall_model::{Action, NodeId, NodeKind, Scenario};
use yew::prelude::*;

use crate::i18n::{class_texts, shown_label};
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct ChallengePanelProps {
    pub model: ModelRef,
    pub scenario: Rc<Scenario>,
    pub onswitch: Callback<Action>,
    /// Whose names the page hides (`Derived::hidden_names`): a verdict names no hidden box.
    #[prop_or_default]
    pub hidden: HiddenNames,
}

#[component]
pub fn ChallengePanel(props: &ChallengePanelProps) -> Html {
    let scenario = &props.scenario;
    let Some(place) = scenario.challenge.as_ref() else { return html! {} };
    let class = class_texts(scenario.lang);
    let model = props.model.clone();
    let hidden = props.hidden;
    let name_of = |id: &NodeId| {
        model.lookup(id).map_or(id.to_string(), |index| shown_label(&model, hidden, index, scenario.lang).into_owned())
    };
    // A teacher's `hide=labels`: the challenges' own words ("Save Roblox") name no hidden box either.
    let mask = |words: &str| crate::i18n::masked_text(&props.model, hidden, scenario.lang, words);
    let onprovider = {
        let onswitch = props.onswitch.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            if !value.is_empty() {
                onswitch.emit(Action::ChallengeProvider(NodeId::new(value)));
            }
        })
    };
    let send = |action: Action| {
        let onswitch = props.onswitch.clone();
        Callback::from(move |_: MouseEvent| onswitch.emit(action.clone()))
    };
    let choose = |guess: ZoneGuess| {
        let onswitch = props.onswitch.clone();
        Callback::from(move |_: Event| onswitch.emit(Action::ChallengeGuess(guess)))
    };
    let oncheck = {
        let (onswitch, scenario, model) = (props.onswitch.clone(), scenario.clone(), props.model.clone());
        let (challenge, guess) = (place.challenge, place.guess);
        Callback::from(move |_: MouseEvent| {
            onswitch.emit(Action::ChallengeChecked(check(&model, challenge, &scenario, guess)));
        })
    };
    let progress = scenario.progress;
    let solved = Challenge::ALL.iter().filter(|challenge| progress.solved(**challenge)).count();
    let verdict = place.verdict.as_ref().map(|verdict| match verdict {
        Verdict::Right(right) => ("right", format!("✓ {}", mask(&(class.right)(right, &name_of)))),
        Verdict::Wrong(wrong) => ("wrong", format!("✗ {}", mask(&(class.wrong)(wrong, &name_of)))),
    });
    html! {
        <section class="panel challenge-panel" aria-labelledby="challenge-heading" data-challenge={place.challenge.code()}>
            <h2 id="challenge-heading">{ class.challenges_heading }</h2>
            <div class="challenge-tabs" role="group" aria-label={class.challenges_heading}>
                { for Challenge::ALL.iter().map(|challenge| {
                    let current = *challenge == place.challenge;
                    html! {
                        <button type="button" data-challenge-tab={challenge.code()} aria-pressed={current.to_string()}
                            class={classes!(current.then_some("is-current"))}
                            onclick={send(Action::ChallengeGo(Some(*challenge)))}>
                            { mask((class.challenge_name)(*challenge)) }
                            if progress.solved(*challenge) { <span class="solved-mark">{ " " }{ class.solved_mark }</span> }
                        </button>
                    }
                }) }
            </div>
            <h3>{ mask((class.challenge_name)(place.challenge)) }</h3>
            <p class="challenge-task">{ mask((class.challenge_task)(place.challenge)) }</p>
            if place.challenge == Challenge::Zone {
                <fieldset class="challenge-guess">
                    <legend>{ class.zone_question }</legend>
                    { for ZoneGuess::ALL.iter().enumerate().map(|(at, guess)| {
                        let id = format!("zone-guess-{at}");
                        html! {
                            <label for={id.clone()} class="radio">
                                <input type="radio" name="zone-guess" id={id} data-zone-guess={at.to_string()}
                                    checked={place.guess == Some(*guess)} onchange={choose(*guess)} />
                                { (class.zone_guess)(*guess) }
                            </label>
                        }
                    }) }
                </fieldset>
            }
            if place.challenge == Challenge::Mystery {
                <p class="challenge-guess">
                    <label for="mystery-provider">{ class.mystery_question }</label>{ " " }
                    <select id="mystery-provider" data-mystery-provider="" onchange={onprovider}>
                        <option value="" selected={place.provider.is_none()}>{ class.mystery_choose }</option>
                        { for props.model.nodes_of_kind(NodeKind::Provider).map(|(_, node)| html! {
                            <option value={node.id.to_string()} selected={place.provider.as_ref() == Some(&node.id)}>
                                { node.name_in(scenario.lang) }
                            </option>
                        }) }
                    </select>
                </p>
            }
            <button type="button" class="primary" data-challenge-check="" onclick={oncheck}>{ class.check }</button>
            <div class="challenge-verdict" role="status" data-verdict={verdict.as_ref().map(|(kind, _)| *kind)}>
                if let Some((_, words)) = verdict { <p>{ words }</p> }
            </div>
            <div class="answer-code">
                <h3>{ class.code_heading }</h3>
                <p><output data-answer-code="">{ encode(progress) }</output></p>
                <p class="hint">{ (class.progress_line)(progress.steps_done(), cloudfall_model::story::STEPS.len(), solved, Challenge::ALL.len()) }</p>
                <p class="hint">{ class.code_hint }</p>
            </div>
            <button type="button" data-challenge-leave="" onclick={send(Action::ChallengeGo(None))}>{ class.leave_challenges }</button>
        </section>
    }
}
