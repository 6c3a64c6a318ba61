//! The guided story (issue 17): the current step's words, its one action, its question, and for a prediction step
//! the pupil's picks before the switch acts and the reveal after. Outside the story and the challenges it is the
//! classroom entry: start the story, the challenges or the teacher's page. It renders the scenario's story place and
//! sends `Action`s; which services are dark comes from the model (`story::reveal`).

use std::rc::Rc;

use cloudfall_model::challenge::Challenge;
use cloudfall_model::scenario::Page;
use cloudfall_model::story::{reveal, step, STEPS};
use cloudfall_model::{Action, Derived, NodeId, Scenario};
use yew::prelude::*;

use crate::i18n::{class_texts, texts};
use crate::ModelRef;

#[derive(Properties, PartialEq)]
pub struct StoryPanelProps {
    pub model: ModelRef,
    pub scenario: Rc<Scenario>,
    pub derived: Rc<Derived>,
    pub onswitch: Callback<Action>,
}

#[component]
pub fn StoryPanel(props: &StoryPanelProps) -> Html {
    let scenario = &props.scenario;
    let class = class_texts(scenario.lang);
    let text = texts(scenario.lang);
    let send = |action: Action| {
        let onswitch = props.onswitch.clone();
        Callback::from(move |_: MouseEvent| onswitch.emit(action.clone()))
    };
    let Some(place) = scenario.story.as_ref() else {
        if scenario.challenge.is_some() {
            return html! {};
        }
        return html! {
            <section class="panel classroom-entry" aria-labelledby="classroom-heading">
                <h2 id="classroom-heading">{ class.classroom_heading }</h2>
                <p class="hint">{ class.story_time }</p>
                <div class="classroom-buttons">
                    <button type="button" class="primary" data-story-start="" onclick={send(Action::StoryGo(1))}>{ class.story_start }</button>
                    <button type="button" data-challenges-start="" onclick={send(Action::ChallengeGo(Some(Challenge::Most)))}>{ class.challenges_start }</button>
                    <button type="button" data-teacher-open="" onclick={send(Action::SetPage(Page::Teacher))}>{ class.teacher_open }</button>
                </div>
            </section>
        };
    };
    let (Some(current), Some(words)) = (step(place.step), class.steps.get(usize::from(place.step) - 1)) else {
        return html! {};
    };
    let total = STEPS.len();
    let predicting = !current.predict.is_empty();
    let model = &props.model;
    let name_of = |id: &str| {
        model
            .lookup(&NodeId::new(id))
            // A name a class link hides is written as the map shows it ("Box 12").
            .map_or(id.to_string(), |index| {
                crate::i18n::shown_label(model, props.derived.hidden_names, index, scenario.lang).into_owned()
            })
    };
    // A teacher's `hide=labels`: the step's own words name no hidden box either, nor do the ids in the page.
    let hidden = props.derived.hidden_names;
    let mask = |words: &str| crate::i18n::masked_text(model, hidden, scenario.lang, words);
    let dom_id = |id: &str| {
        let id = NodeId::new(id);
        model.lookup(&id).map_or(id.to_string(), |index| hidden.dom_id(index, &id).into_owned())
    };
    let picks = if predicting && !place.acted {
        html! {
            <fieldset class="story-predict">
                <legend>{ class.predict_prompt }</legend>
                <div class="story-picks">
                    { for current.predict.iter().map(|id| {
                        let picked = place.guess.contains(&NodeId::new(*id));
                        html! {
                            <button type="button" class={classes!("story-pick", picked.then_some("is-picked"))}
                                data-guess={dom_id(id)} aria-pressed={picked.to_string()}
                                onclick={send(Action::StoryGuess(NodeId::new(*id)))}>
                                <span class="pick-mark" aria-hidden="true">{ if picked { "☑" } else { "☐" } }</span>
                                { name_of(id) }
                            </button>
                        }
                    }) }
                </div>
                <p class="hint">{ class.predict_hidden }</p>
            </fieldset>
        }
    } else {
        html! {}
    };
    let lines = if predicting && place.acted {
        reveal(model, current, &place.guess, &props.derived.outcome)
    } else {
        Vec::new()
    };
    let hits = lines.iter().filter(|line| line.hit()).count();
    // One sentence for screen readers once the action is taken: the score of the prediction, or "Done.". The
    // region is always there, so the change is announced while the focus stays on the button just pressed.
    let announced = match (place.acted, lines.is_empty()) {
        (false, _) => String::new(),
        (true, true) => class.done_label.to_string(),
        (true, false) => format!("{} {}", class.done_label, (class.reveal_score)(hits, lines.len())),
    };
    let revealed = if !lines.is_empty() {
        html! {
            <div class="story-reveal" data-reveal="">
                <h3>{ class.reveal_heading }</h3>
                <ul>
                    { for lines.iter().map(|line| html! {
                        <li data-reveal-id={dom_id(line.id.as_str())} data-hit={line.hit().to_string()}
                            class={if line.hit() { "hit" } else { "miss" }}>
                            { (class.reveal_line)(&name_of(line.id.as_str()), line.guessed, (text.state_name)(line.state), line.hit()) }
                        </li>
                    }) }
                </ul>
                <p><strong>{ (class.reveal_score)(hits, lines.len()) }</strong></p>
            </div>
        }
    } else {
        html! {}
    };
    let locked = scenario.class.lock;
    html! {
        <section class="panel story-panel" aria-labelledby="story-heading" data-story-step={place.step.to_string()}
            data-acted={place.acted.to_string()}>
            <p class="story-kicker">{ class.story_title }{ " · " }{ (class.step_of)(place.step, total) }</p>
            <h2 id="story-heading">{ mask(words.title) }</h2>
            <p class="story-body">{ mask(words.body) }</p>
            { picks }
            <p class="story-action">{ mask(words.action) }</p>
            // The button stays once pressed (marked done), so keyboard focus stays on it.
            <button type="button" class={classes!("story-act", (!place.acted).then_some("primary"))} data-story-act=""
                aria-disabled={place.acted.to_string()} onclick={send(Action::StoryAct)}>
                { mask(words.button) }
                if place.acted { <span class="story-done">{ " ✓ " }{ class.done_label }</span> }
            </button>
            { revealed }
            <p class="visually-hidden" role="status" data-story-status="">{ announced }</p>
            if place.acted {
                <p class="story-question"><strong>{ class.question_label }{ text.colon }</strong>{ mask(words.question) }</p>
            }
            if locked {
                <p class="hint">{ class.locked_note }</p>
            }
            <nav class="story-nav" aria-label={class.story_title}>
                if !locked {
                    <button type="button" data-story-prev="" disabled={place.step <= 1}
                        onclick={send(Action::StoryGo(place.step.saturating_sub(1)))}>{ class.previous }</button>
                }
                <button type="button" data-story-reset="" onclick={send(Action::Reset)}>{ class.restart_step }</button>
                if !locked {
                    if usize::from(place.step) < total {
                        <button type="button" class={classes!(place.acted.then_some("primary"))} data-story-next=""
                            onclick={send(Action::StoryGo(place.step + 1))}>{ class.next }</button>
                    } else {
                        <button type="button" class="primary" data-story-challenges=""
                            onclick={send(Action::ChallengeGo(Some(Challenge::Most)))}>{ class.to_challenges }</button>
                    }
                    <button type="button" data-story-leave="" onclick={send(Action::StoryGo(0))}>{ class.leave_story }</button>
                }
            </nav>
        </section>
    }
}
