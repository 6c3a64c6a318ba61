//! The classroom features of issue 17 on the shipped data: each story step's state and what its action darkens,
//! predictions and their reveal, each challenge's checker (a right answer and every kind of wrong one), the answer
//! code and the class tally, and the class link's options through the URL codec.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;

use cloudfall_model::challenge::{
    check, decode, encode, tally, Challenge, CodeProblem, Progress, Right, Verdict, Wrong, ZoneGuess,
};
use cloudfall_model::scenario::{ClassLink, Page};
use cloudfall_model::story::{reveal, step, STEPS};
use cloudfall_model::{derive, load, Action, Lang, Model, NodeId, NodeState, QueryProblem, Scenario};
use proptest::prelude::*;

const SHIPPED: &str = include_str!("../../../static/data/cloudfall.json");

fn shipped() -> Model {
    load(SHIPPED).expect("the shipped data loads")
}

fn id(id: &str) -> NodeId {
    NodeId::new(id)
}

/// The scenario after `actions`, each of which must change something.
fn after(actions: impl IntoIterator<Item = Action>) -> Scenario {
    actions.into_iter().fold(Scenario::default(), |scenario, action| {
        scenario.apply(action.clone()).unwrap_or_else(|| panic!("{action:?} changed nothing"))
    })
}

/// The step's prediction candidates that are down in `scenario`, as a sorted list of ids.
fn dark_candidates(model: &Model, number: u8, scenario: &Scenario) -> Vec<String> {
    let outcome = derive(model, scenario).outcome;
    let step = step(number).unwrap();
    let guess = BTreeSet::new();
    let mut dark: Vec<String> = reveal(model, step, &guess, &outcome)
        .into_iter()
        .filter(|revealed| revealed.state == NodeState::Down)
        .map(|revealed| revealed.id.to_string())
        .collect();
    dark.sort();
    dark
}

fn web_services_down(model: &Model, scenario: &Scenario) -> usize {
    derive(model, scenario).impact.down.len()
}

#[test]
fn the_story_has_at_most_eight_steps_and_at_least_three_predictions() {
    assert!(STEPS.len() <= 8);
    assert!(STEPS.iter().filter(|step| !step.predict.is_empty()).count() >= 3);
    let model = shipped();
    for (at, step) in STEPS.iter().enumerate() {
        for id in step.off.iter().chain(step.predict) {
            assert!(model.lookup(&NodeId::new(*id)).is_some(), "step {}: no node {id} in the shipped data", at + 1);
        }
        assert!(step.predict.len() <= 6, "step {}: at most six services to pick from", at + 1);
    }
    let confronted: BTreeSet<u8> = STEPS.iter().flat_map(|step| step.confronts.iter().copied()).collect();
    assert_eq!(confronted, (1..=8).collect(), "every misconception 1 to 8 has a step that confronts it");
}

#[test]
fn each_step_opens_on_its_state_and_its_action_darkens_what_the_story_says() {
    let model = shipped();
    // (step, web services down when it opens, down after its action, candidates down after its action)
    let expected: [(u8, usize, usize, &[&str]); 7] = [
        (1, 0, 47, &["fortnite", "roblox", "snapchat"]),
        (2, 47, 47, &[]),
        (3, 0, 0, &[]),
        (4, 47, 47, &[]),
        (5, 0, 136, &["doctolib", "fall-guys", "lydia"]),
        (6, 47, 46, &[]),
        (7, 0, 79, &["netflix", "snapchat"]),
    ];
    for (number, down_before, down_after, dark) in expected {
        let opened = after([Action::StoryGo(number)]);
        assert_eq!(opened.story.as_ref().unwrap().step, number);
        assert!(opened.backups.is_empty() && opened.selected.is_none(), "step {number} opens with no what-if");
        assert_eq!(web_services_down(&model, &opened), down_before, "step {number} before its action");
        let acted = opened.apply(Action::StoryAct).unwrap();
        assert!(acted.story.as_ref().unwrap().acted);
        assert_eq!(web_services_down(&model, &acted), down_after, "step {number} after its action");
        assert_eq!(dark_candidates(&model, number, &acted), dark, "step {number}: the candidates down");
        assert_eq!(acted.apply(Action::StoryAct), None, "an action is taken once");
    }
}

#[test]
fn the_second_step_opens_dynamodb_whose_chain_goes_through_dns_and_the_fourth_shows_aws_needing_itself() {
    let model = shipped();
    let second = after([Action::StoryGo(2), Action::StoryAct]);
    let dynamodb = model.lookup(&id("aws/us-east-1/dynamodb")).unwrap();
    assert_eq!(second.selected, Some(id("aws/us-east-1/dynamodb")));
    let dns: Vec<String> = model.dependencies_of(dynamodb).map(|(on, _)| model.node(on).id.to_string()).collect();
    assert!(dns.contains(&"aws/route53".to_string()), "DynamoDB's address lives in Route 53: {dns:?}");
    let fourth = after([Action::StoryGo(4), Action::StoryAct]);
    let ec2 = model.lookup(&id("aws/us-east-1/ec2")).unwrap();
    assert_eq!(fourth.selected, Some(id("aws/us-east-1/ec2")));
    assert_eq!(derive(&model, &fourth).outcome.state(ec2), NodeState::Degraded, "EC2 suffers from DynamoDB");
    let sixth = after([Action::StoryGo(6), Action::StoryAct]);
    let roblox = model.lookup(&id("roblox")).unwrap();
    assert_eq!(derive(&model, &sixth).outcome.state(roblox), NodeState::Degraded, "a second provider saves Roblox");
}

#[test]
fn every_step_round_trips_through_the_url_before_and_after_its_action() {
    let model = shipped();
    for number in 1..=STEPS.len() as u8 {
        let opened = after([Action::StoryGo(number)]);
        let (read, problems) = Scenario::from_query(&format!("?step={number}"), &model);
        assert_eq!((read, problems), (opened.clone(), vec![]), "step={number} sets the step's exact state");
        assert_eq!(Scenario::from_query(&opened.to_query(), &model), (opened.clone(), vec![]));
        let acted = opened.apply(Action::StoryAct).unwrap();
        assert!(acted.to_query().contains("&code=CF-"), "the results travel in the link");
        assert_eq!(Scenario::from_query(&acted.to_query(), &model), (acted, vec![]), "step {number} after its action");
    }
}

#[test]
fn a_prediction_is_picked_before_the_action_and_the_reveal_marks_hits_and_misses() {
    let model = shipped();
    let picked = after([
        Action::StoryGo(1),
        Action::StoryGuess(id("snapchat")),
        Action::StoryGuess(id("netflix")),
        Action::StoryGuess(id("doctolib")),
        Action::StoryGuess(id("doctolib")),
    ]);
    assert!(picked.off.is_empty(), "nothing is switched off while the pupil predicts");
    let query = picked.to_query();
    assert_eq!(query, "?step=1&guess=netflix,snapchat");
    assert_eq!(Scenario::from_query(&query, &model), (picked.clone(), vec![]));
    let committed = picked.apply(Action::StoryAct).unwrap();
    assert_eq!(committed.apply(Action::StoryGuess(id("roblox"))), None, "no change of mind after the reveal");
    let place = committed.story.as_ref().unwrap();
    let revealed = reveal(&model, step(1).unwrap(), &place.guess, &derive(&model, &committed).outcome);
    let marks: Vec<(String, bool)> = revealed.iter().map(|r| (r.id.to_string(), r.hit())).collect();
    assert_eq!(
        marks,
        [
            ("snapchat".into(), true),
            ("fortnite".into(), false),
            ("roblox".into(), false),
            ("netflix".into(), false),
            ("doctolib".into(), true),
            ("leboncoin".into(), true)
        ]
    );
    let (_, problems) = Scenario::from_query("?step=1&guess=snapchat,aws", &model);
    assert_eq!(problems, [QueryProblem::BadClassValue { key: "guess".into(), value: "aws".into() }]);
}

#[test]
fn a_pending_prediction_cannot_be_peeked_from_the_switches() {
    let model = shipped();
    let waiting = after([Action::StoryGo(1), Action::StoryGuess(id("snapchat"))]);
    assert!(waiting.prediction_pending());
    let dynamodb = id("aws/us-east-1/dynamodb");
    let peeks = [
        Action::Toggle(dynamodb.clone()),
        Action::Toggle(id("aws")),
        Action::ToggleJurisdiction(cloudfall_model::jurisdiction::Jurisdiction::Country(*b"US")),
        Action::AddBackup { service: id("roblox"), backup: id("google") },
        Action::Replay { incident: "aws-2025-10-20".into(), failed: vec![dynamodb.clone()] },
    ];
    for peek in peeks {
        assert_eq!(waiting.apply(peek.clone()), None, "{peek:?} must wait for the prediction");
    }
    assert_eq!(web_services_down(&model, &waiting), 0, "the map still shows the step's opening state");
    // Looking at a box, changing language and the story's own controls still work.
    assert!(waiting.apply(Action::Select(Some(dynamodb.clone()))).is_some());
    assert!(waiting.apply(Action::SetLang(Lang::Fr)).is_some());
    let committed = waiting.apply(Action::StoryAct).unwrap();
    assert!(!committed.prediction_pending());
    let explored = committed.apply(Action::Toggle(id("aws"))).expect("after the reveal the switches work again");
    assert!(explored.off.contains(&id("aws")));
    // A step without a prediction never waits.
    let open = after([Action::StoryGo(2)]);
    assert!(!open.prediction_pending());
    assert!(open.apply(Action::Toggle(dynamodb)).is_some());
}

#[test]
fn reset_in_the_story_returns_to_the_step_the_link_opened_and_a_lock_keeps_the_step() {
    let model = shipped();
    let (opened, problems) = Scenario::from_query("?step=3&lock=1&lang=fr", &model);
    assert_eq!(
        Scenario::from_query("?step=3&lock=step&lang=fr", &model),
        (opened.clone(), vec![]),
        "lock=step reads as lock=1"
    );
    assert!(problems.is_empty());
    let changed = opened
        .apply(Action::StoryAct)
        .and_then(|s| s.apply(Action::Toggle(id("aws"))))
        .and_then(|s| s.apply(Action::AddBackup { service: id("roblox"), backup: id("google") }))
        .unwrap();
    assert_eq!(changed.apply(Action::StoryGo(4)), None, "a locked link keeps the pupils on its step");
    let mut reset = changed.apply(Action::Reset).unwrap();
    assert_eq!(reset.progress.steps_done(), 1, "reset keeps the pupil's results");
    reset.progress = Progress::default();
    assert_eq!(reset, opened, "reset returns to the state the teacher's link opened");
    let unlocked = after([Action::StoryGo(3)]);
    assert_eq!(unlocked.apply(Action::StoryGo(4)).unwrap().story.unwrap().step, 4);
    assert_eq!(unlocked.apply(Action::StoryGo(0)).unwrap().story, None, "step 0 leaves the story");
    assert_eq!(unlocked.apply(Action::StoryGo(9)).unwrap().story, None);
}

/// The verdict on `scenario` as an answer to `challenge`.
fn verdict(model: &Model, challenge: Challenge, scenario: &Scenario, guess: Option<ZoneGuess>) -> Verdict {
    check(model, challenge, scenario, guess)
}

fn wrong(model: &Model, challenge: Challenge, scenario: &Scenario, guess: Option<ZoneGuess>) -> Wrong {
    match verdict(model, challenge, scenario, guess) {
        Verdict::Wrong(wrong) => wrong,
        right => panic!("expected a wrong answer, got {right:?}"),
    }
}

#[test]
fn the_most_challenge_accepts_us_east_1_and_explains_each_wrong_answer() {
    let model = shipped();
    let open = after([Action::ChallengeGo(Some(Challenge::Most))]);
    let with = |ids: &[&str]| ids.iter().fold(open.clone(), |s, i| s.apply(Action::Toggle(id(i))).unwrap());
    assert_eq!(
        verdict(&model, Challenge::Most, &with(&["aws/us-east-1"]), None),
        Verdict::Right(Right::Most { node: id("aws/us-east-1"), down: 79 })
    );
    assert_eq!(wrong(&model, Challenge::Most, &open, None), Wrong::NothingOff);
    assert_eq!(wrong(&model, Challenge::Most, &with(&["aws", "google"]), None), Wrong::MoreThanOne);
    assert_eq!(wrong(&model, Challenge::Most, &with(&["aws"]), None), Wrong::WholeProvider { node: id("aws") });
    assert_eq!(
        wrong(&model, Challenge::Most, &with(&["aws/us-east-1/dynamodb"]), None),
        Wrong::Smaller { node: id("aws/us-east-1/dynamodb"), down: 47, best: 79 }
    );
}

#[test]
fn the_survive_challenge_accepts_a_second_region_or_provider_and_explains_each_wrong_answer() {
    let model = shipped();
    let open = after([Action::ChallengeGo(Some(Challenge::Survive))]);
    assert_eq!(open.off, BTreeSet::from([id("aws/us-east-1")]));
    let backup =
        |service: &str, on: &str| open.apply(Action::AddBackup { service: id(service), backup: id(on) }).unwrap();
    for good in ["google", "aws/us-west-2", "microsoft"] {
        assert!(verdict(&model, Challenge::Survive, &backup("roblox", good), None).is_right(), "{good}");
    }
    assert_eq!(wrong(&model, Challenge::Survive, &open, None), Wrong::NoBackup);
    assert_eq!(
        wrong(&model, Challenge::Survive, &backup("roblox", "aws/us-east-1/use1-az4"), None),
        Wrong::BackupFailsToo { backup: id("aws/us-east-1/use1-az4") }
    );
    assert_eq!(
        wrong(&model, Challenge::Survive, &backup("snapchat", "google"), None),
        Wrong::OtherService { service: id("snapchat") }
    );
    let two = backup("roblox", "google").apply(Action::Toggle(id("aws/us-west-2"))).unwrap();
    assert_eq!(wrong(&model, Challenge::Survive, &two, None), Wrong::TooManyChanges);
    let back_on = backup("roblox", "google").apply(Action::Toggle(id("aws/us-east-1"))).unwrap();
    assert_eq!(wrong(&model, Challenge::Survive, &back_on, None), Wrong::RegionBackOn);
}

#[test]
fn the_indirect_challenge_accepts_a_service_down_through_a_supplier_and_explains_each_wrong_answer() {
    let model = shipped();
    let open = after([Action::ChallengeGo(Some(Challenge::Indirect))]);
    let select = |node: &str| open.apply(Action::Select(Some(id(node)))).unwrap();
    assert_eq!(
        verdict(&model, Challenge::Indirect, &select("lydia"), None),
        Verdict::Right(Right::Indirect { service: id("lydia"), via: id("treezor") })
    );
    assert_eq!(
        verdict(&model, Challenge::Indirect, &select("fall-guys"), None),
        Verdict::Right(Right::Indirect { service: id("fall-guys"), via: id("epic-online-services") })
    );
    assert_eq!(wrong(&model, Challenge::Indirect, &open, None), Wrong::NothingSelected);
    assert_eq!(
        wrong(&model, Challenge::Indirect, &select("treezor"), None),
        Wrong::NotWebService { node: id("treezor") }
    );
    assert_eq!(
        wrong(&model, Challenge::Indirect, &select("spotify"), None),
        Wrong::NotDark { service: id("spotify"), state: NodeState::Degraded }
    );
    assert_eq!(
        wrong(&model, Challenge::Indirect, &select("roblox"), None),
        Wrong::UsesAwsDirectly { service: id("roblox"), on: id("aws/us-east-1/dynamodb") }
    );
    let back_on = select("lydia").apply(Action::Toggle(id("aws"))).unwrap();
    assert_eq!(wrong(&model, Challenge::Indirect, &back_on, None), Wrong::ProviderBackOn);
}

#[test]
fn the_zone_challenge_accepts_nothing_changes_and_explains_each_wrong_answer() {
    let model = shipped();
    let open = after([Action::ChallengeGo(Some(Challenge::Zone))]);
    let zone = open.apply(Action::Toggle(id("aws/us-east-1/use1-az4"))).unwrap();
    assert!(verdict(&model, Challenge::Zone, &zone, Some(ZoneGuess::Nothing)).is_right());
    assert_eq!(
        wrong(&model, Challenge::Zone, &zone, Some(ZoneGuess::WholeRegion)),
        Wrong::WrongGuess { guess: ZoneGuess::WholeRegion, down: 0 }
    );
    assert_eq!(
        wrong(&model, Challenge::Zone, &zone, Some(ZoneGuess::AFew)),
        Wrong::WrongGuess { guess: ZoneGuess::AFew, down: 0 }
    );
    assert_eq!(wrong(&model, Challenge::Zone, &zone, None), Wrong::NoGuess);
    let region = open.apply(Action::Toggle(id("aws/us-east-1"))).unwrap();
    assert_eq!(wrong(&model, Challenge::Zone, &region, Some(ZoneGuess::Nothing)), Wrong::NoZoneOff);
}

#[test]
fn a_checked_answer_counts_in_the_results_and_changing_the_map_clears_the_verdict() {
    let model = shipped();
    let zone = after([Action::ChallengeGo(Some(Challenge::Zone)), Action::Toggle(id("aws/us-east-1/use1-az4"))]);
    let wrong_once =
        zone.apply(Action::ChallengeChecked(check(&model, Challenge::Zone, &zone, Some(ZoneGuess::AFew)))).unwrap();
    let right = wrong_once
        .apply(Action::ChallengeChecked(check(&model, Challenge::Zone, &zone, Some(ZoneGuess::Nothing))))
        .unwrap();
    assert_eq!(right.progress, Progress { steps: 0, solved: Challenge::Zone.bit(), tries: 2 });
    let reloaded = Scenario::from_query(&right.to_query(), &model).0;
    assert_eq!(reloaded.progress, right.progress, "a reload keeps the pupil's results (the link holds the code)");
    assert!(right.challenge.as_ref().unwrap().verdict.as_ref().unwrap().is_right());
    let moved = right.apply(Action::Toggle(id("aws"))).unwrap();
    assert_eq!(moved.challenge.unwrap().verdict, None);
    assert_eq!(moved.progress.solved, Challenge::Zone.bit(), "results stay");
}

#[test]
fn every_challenge_opens_by_url_on_its_starting_state() {
    let model = shipped();
    for challenge in Challenge::ALL {
        let opened = after([Action::ChallengeGo(Some(challenge))]);
        let (read, problems) = Scenario::from_query(&format!("?challenge={}", challenge.code()), &model);
        assert_eq!((read, problems), (opened.clone(), vec![]), "{challenge:?}");
        assert_eq!(Scenario::from_query(&opened.to_query(), &model), (opened, vec![]));
    }
    let (_, problems) = Scenario::from_query("?challenge=hardest", &model);
    assert_eq!(problems, [QueryProblem::BadClassValue { key: "challenge".into(), value: "hardest".into() }]);
}

#[test]
fn answer_codes_are_short_and_read_back_forgiving_case_and_look_alike_letters() {
    let progress = Progress { steps: 0b111_1111, solved: 0b1011, tries: 9 };
    let code = encode(progress);
    assert_eq!(code.len(), "CF-XXXXX-XX".len(), "{code}");
    assert_eq!(decode(&code), Ok(progress));
    assert_eq!(decode(&code.to_lowercase()), Ok(progress));
    assert_eq!(decode(&format!("  {}  ", code.replace('-', " "))), Ok(progress));
    assert_eq!(decode(&code.replace('1', "I").replace('0', "O")), Ok(progress));
    assert_eq!(decode("CF-12"), Err(CodeProblem::Shape));
    assert_eq!(decode("hello"), Err(CodeProblem::Shape));
    assert_eq!(decode("CF-UUUUU-UU"), Err(CodeProblem::Character('U')));
}

#[test]
fn the_class_tally_counts_each_pupil_and_lists_what_it_could_not_read() {
    let a = encode(Progress { steps: 0b111_1111, solved: 0b1111, tries: 6 });
    let b = encode(Progress { steps: 0b000_0011, solved: Challenge::Zone.bit() | Challenge::Mystery.bit(), tries: 3 });
    let mut typo = b.clone().into_bytes();
    typo[4] = if typo[4] == b'A' { b'B' } else { b'A' };
    let typo = String::from_utf8(typo).unwrap();
    let text = format!("Léa: {a}\n{b}, {a}\n{typo}\nthank you");
    let class = tally(&text);
    assert_eq!(class.pupils, 3);
    assert_eq!(class.steps, [3, 3, 2, 2, 2, 2, 2]);
    assert_eq!(
        class.solved,
        [
            (Challenge::Most, 2),
            (Challenge::Survive, 2),
            (Challenge::Indirect, 2),
            (Challenge::Zone, 3),
            (Challenge::Mystery, 1)
        ]
    );
    assert_eq!(class.tries, 15);
    assert_eq!(class.unread, [(typo, CodeProblem::Checksum)]);
}

#[test]
fn every_class_link_option_round_trips_through_the_url() {
    let model = shipped();
    let version = model.info.version.clone();
    let query = format!("?step=2&lang=fr&lock=1&hide=edges,labels,values&projector=1&v={version}");
    let (read, problems) = Scenario::from_query(&query, &model);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(read.lang, Lang::Fr);
    assert_eq!(
        read.class,
        ClassLink { lock: true, hide_edges: true, hide_labels: true, hide_values: true, projector: true }
    );
    assert_eq!(
        read.to_query(),
        format!("?lang=fr&step=2&lock=step&hide=edges,labels,values&projector=1&v={version}"),
        "an old link's lock=1 is written lock=step"
    );
    assert_eq!(read.presentation.version.as_deref(), Some(version.as_str()));
    assert_eq!(read.story.as_ref().unwrap().step, 2);
    assert_eq!(Scenario::from_query(&read.to_query(), &model), (read.clone(), vec![]));
    for one in [
        "lock=step",
        "hide=edges",
        "hide=labels",
        "hide=values",
        "projector=1",
        "page=teacher",
        "step=5",
        "challenge=zone",
        "challenge=mystery",
    ] {
        let (read, problems) = Scenario::from_query(one, &model);
        assert!(problems.is_empty(), "{one}: {problems:?}");
        assert_eq!(Scenario::from_query(&read.to_query(), &model), (read, vec![]), "{one}");
    }
    assert_eq!(Scenario::from_query("?page=teacher", &model).0.page, Page::Teacher);
    // With names hidden, the address bar names neither the box opened nor a box given a what-if backup.
    for hidden in ["hide=labels", "challenge=mystery"] {
        let (read, problems) =
            Scenario::from_query(&format!("?backup=dailymotion:google&sel=dailymotion&{hidden}"), &model);
        assert!(problems.is_empty(), "{hidden}: {problems:?}");
        assert_eq!(read.backups.len(), 1, "{hidden}: the backup still applies");
        assert!(!read.to_query().contains("dailymotion"), "{hidden}: {}", read.to_query());
    }
    let (read, _) = Scenario::from_query("?backup=dailymotion:google", &model);
    assert_eq!(read.to_query(), "?backup=dailymotion:google", "names shown: the backup is in the link");
    let (old, problems) = Scenario::from_query("?v=0.9.0", &model);
    assert_eq!(old.presentation.version.as_deref(), Some("0.9.0"));
    assert_eq!(problems, [QueryProblem::UnknownVersion("0.9.0".into())]);
    let (_, problems) = Scenario::from_query("?hide=everything&projector=maybe&step=12&code=CF-12345-67", &model);
    assert_eq!(problems.len(), 4);
}

proptest! {
    #[test]
    fn any_progress_round_trips_through_its_answer_code(steps in 0u8..128, solved in 0u8..32, tries in 0u8..64) {
        let progress = Progress { steps, solved, tries };
        prop_assert_eq!(decode(&encode(progress)), Ok(progress));
    }

    #[test]
    fn one_wrong_character_or_two_swapped_neighbours_are_caught(
        steps in 0u8..128, solved in 0u8..16, tries in 0u8..64, at in 3usize..11, to in 0usize..32,
    ) {
        let code = encode(Progress { steps, solved, tries });
        let mut chars: Vec<char> = code.chars().collect();
        prop_assume!(chars[at] != '-');
        let alphabet: Vec<char> = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".chars().collect();
        let original = chars[at];
        chars[at] = alphabet[to];
        prop_assume!(chars[at] != original);
        let typo: String = chars.iter().collect();
        prop_assert!(decode(&typo).is_err(), "{} read as a code", typo);
        let mut swapped: Vec<char> = code.chars().collect();
        let next = if at + 1 < swapped.len() && swapped[at + 1] != '-' { at + 1 } else { at };
        swapped.swap(at, next);
        let swapped: String = swapped.iter().collect();
        prop_assert!(swapped == code || decode(&swapped).is_err(), "{} read as a code", swapped);
    }
}

#[test]
fn the_teacher_material_ties_every_step_to_a_goal_and_every_misconception_to_a_step_in_both_languages() {
    use cloudfall_model::teacher::parse_material;
    let en = parse_material(include_str!("../../../static/teacher/en.json")).unwrap();
    let fr = parse_material(include_str!("../../../static/teacher/fr.json")).unwrap();
    for material in [&en, &fr] {
        let lang = &material.lang;
        let steps: BTreeSet<u8> = material.goals.iter().flat_map(|goal| goal.steps.iter().copied()).collect();
        assert_eq!(steps, (1..=STEPS.len() as u8).collect(), "{lang}: every step serves a goal");
        assert!(material.goals.iter().all(|goal| !goal.steps.is_empty() && !goal.programmes.is_empty()), "{lang}");
        let numbers: Vec<u8> = material.misconceptions.iter().map(|m| m.number).collect();
        assert_eq!(numbers, (1..=8).collect::<Vec<_>>(), "{lang}: misconceptions 1 to 8, in order");
        for misconception in &material.misconceptions {
            let confronting: Vec<usize> = STEPS
                .iter()
                .enumerate()
                .filter(|(_, step)| step.confronts.contains(&misconception.number))
                .map(|(at, _)| at + 1)
                .collect();
            assert!(
                confronting.iter().any(|step| misconception.confronted.contains(&step.to_string())),
                "{lang}: misconception {} names a step that confronts it ({confronting:?})",
                misconception.number
            );
        }
        assert!(material.sections.iter().any(|section| section.id == "plan"), "{lang}: a lesson plan");
        assert!(!material.worksheet.parts.is_empty(), "{lang}: a worksheet");
    }
    let ids = |material: &cloudfall_model::teacher::Material| -> Vec<String> {
        material.sections.iter().map(|section| section.id.clone()).collect()
    };
    assert_eq!(ids(&en), ids(&fr), "the two languages have the same sections");
    assert_eq!(en.goals.len(), fr.goals.len());
    let goal_steps = |material: &cloudfall_model::teacher::Material| -> Vec<Vec<u8>> {
        material.goals.iter().map(|goal| goal.steps.clone()).collect()
    };
    assert_eq!(goal_steps(&en), goal_steps(&fr));
}

#[test]
fn every_choice_of_the_class_link_builder_round_trips_through_the_url() {
    use cloudfall_model::teacher::{class_link, start_choices, Start};
    let model = shipped();
    let version = model.info.version.clone();
    let starts = start_choices(&model);
    assert!(starts.contains(&Start::Incident("aws-2025-10-20".into())), "the incidents are offered");
    assert!(starts.contains(&Start::Off(id("aws"))) && starts.contains(&Start::Off(id("aws/us-east-1"))));
    let mut links = 0;
    for lang in Lang::ALL {
        for step in [None, Some(1), Some(3), Some(7)] {
            for start in &starts {
                assert_eq!(&Start::from_code(&start.code()), start, "the option's value reads back");
                for bits in 0..64u8 {
                    let class = ClassLink {
                        lock: bits & 1 != 0,
                        hide_edges: bits & 2 != 0,
                        hide_labels: bits & 4 != 0,
                        hide_values: bits & 32 != 0,
                        projector: bits & 8 != 0,
                    };
                    let link = class_link(&model, lang, step, start, class, (bits & 16 != 0).then(|| version.clone()));
                    let query = link.to_query();
                    // URL -> state -> URL, and state -> URL -> state.
                    let (read, problems) = Scenario::from_query(&query, &model);
                    assert_eq!((&read, problems), (&link, vec![]), "{query}");
                    assert_eq!(read.to_query(), query);
                    assert_eq!(link.story.as_ref().map(|place| place.step), step);
                    assert_eq!(query.contains("lock=step"), bits & 1 != 0 && step.is_some(), "{query}");
                    assert_eq!(query.contains("values"), bits & 32 != 0, "{query}");
                    if step.is_none() && *start != Start::AllOn {
                        assert!(query.contains("off="), "the start is written as the link's off=: {query}");
                        assert!(read.launched.is_some(), "Reset returns to the start: {query}");
                    }
                    links += 1;
                }
            }
        }
    }
    assert_eq!(links, 2 * 4 * starts.len() * 64);
    assert_eq!(
        class_link(&model, Lang::Fr, Some(3), &Start::AllOn, ClassLink::default(), None).to_query(),
        "?lang=fr&step=3"
    );
    let region = Start::Off(id("aws/us-east-1"));
    let replay = Start::Incident("aws-2025-10-20".into());
    assert_eq!(
        class_link(&model, Lang::En, None, &region, ClassLink::default(), None).to_query(),
        "?off=aws/us-east-1"
    );
    assert!(class_link(&model, Lang::En, None, &replay, ClassLink::default(), None)
        .to_query()
        .ends_with("&incident=aws-2025-10-20"));
}

#[test]
fn reset_returns_to_the_map_the_link_opened_and_a_plain_visit_resets_to_all_on() {
    let model = shipped();
    for query in ["?off=aws/us-east-1&hide=labels", "?incident=aws-2025-10-20&lang=fr", "?off=google,aws/eu-west-1"] {
        let (opened, problems) = Scenario::from_query(query, &model);
        assert!(problems.is_empty() && opened.launched.is_some(), "{query}");
        assert!(!opened.resets_to_launch(), "{query}: at the link's map, Reset switches everything on");
        let changed = opened
            .apply(Action::Toggle(id("azure")))
            .and_then(|s| s.apply(Action::AddBackup { service: id("roblox"), backup: id("google") }))
            .and_then(|s| s.apply(Action::Select(Some(id("snapchat")))))
            .unwrap();
        let reset = changed.apply(Action::Reset).unwrap();
        assert_eq!(Scenario { selected: None, ..reset.clone() }, opened, "{query}: back to the link's map");
        assert!(changed.resets_to_launch(), "{query}: changed, Reset returns to the link's map");
        let all_on = reset.apply(Action::Reset).unwrap();
        assert!(all_on.off.is_empty() && all_on.incident.is_none(), "{query}: a second Reset switches all on");
        assert!(all_on.resets_to_launch(), "{query}: and a third returns to the link's map");
    }
    // A plain visit, or a link that says nothing of the map, resets to everything on.
    for query in ["", "?lang=fr", "?sel=snapchat"] {
        let (opened, _) = Scenario::from_query(query, &model);
        assert!(opened.launched.is_none(), "{query}");
        let reset = opened.apply(Action::Toggle(id("aws"))).unwrap().apply(Action::Reset).unwrap();
        assert!(reset.off.is_empty(), "{query}");
    }
    // Going to a story step or a challenge leaves the link's map: Reset means that place's own start.
    let (opened, _) = Scenario::from_query("?off=aws", &model);
    let story = opened.apply(Action::StoryGo(2)).unwrap().apply(Action::Toggle(id("google"))).unwrap();
    assert_eq!(story.apply(Action::Reset).unwrap().off, after([Action::StoryGo(2)]).off);
}

#[test]
fn the_screen_summary_counts_every_node_once_by_kind_and_every_link() {
    let model = shipped();
    let counts = cloudfall_model::metrics::map_counts(&model);
    let total = counts.providers + counts.regions + counts.cloud_services + counts.suppliers + counts.web_services;
    assert_eq!(total, model.node_count());
    assert_eq!(counts.links, model.edge_count());
    assert_eq!(counts.web_services, derive(&model, &Scenario::default()).impact.web_services);
    assert!(counts.providers >= 20 && counts.suppliers > 0 && counts.cloud_services > 0, "{counts:?}");
}

#[test]
fn the_mystery_service_is_taken_down_by_one_provider_alone_through_a_documented_chain() {
    use cloudfall_model::certainty::{assess, Certainty};
    use cloudfall_model::challenge::mystery;
    use cloudfall_model::outage::propagate_with;
    let model = shipped();
    let found = mystery(&model).expect("the shipped data has a mystery service");
    let service = model.node(found.service);
    let provider = model.node(found.provider);
    eprintln!("mystery: {} on {}", service.id, provider.id);
    assert_eq!(service.kind, cloudfall_model::NodeKind::WebService);
    assert_eq!(provider.kind, cloudfall_model::NodeKind::Provider);
    for (other, _) in model.nodes_of_kind(cloudfall_model::NodeKind::Provider) {
        let outcome = propagate_with(&model, &[other], &[]);
        if other == found.provider {
            assert_eq!(outcome.state(found.service), NodeState::Down);
            let how = assess(&model, &outcome, &[], None);
            assert_eq!(how.certainty(found.service), Some(Certainty::Documented), "documented, not a report only");
        } else {
            assert_eq!(outcome.state(found.service), NodeState::Up, "{} alone leaves it running", model.node(other).id);
        }
    }
}

#[test]
fn the_mystery_challenge_accepts_the_one_provider_and_explains_each_wrong_answer() {
    let model = shipped();
    let (open, problems) = Scenario::from_query("?challenge=mystery", &model);
    assert!(problems.is_empty());
    assert_eq!(open.challenge.as_ref().map(|place| place.challenge), Some(Challenge::Mystery));
    assert!(open.off.is_empty() && open.hides_edges(), "everything on, links hidden");
    let hidden = derive(&model, &open).hidden_names;
    let service = model.lookup(&id("dailymotion")).unwrap();
    assert_eq!(hidden, cloudfall_model::scenario::HiddenNames::One(service));
    assert_eq!(hidden.masked(service), Some(cloudfall_model::scenario::Masked::Mystery));
    assert_eq!(hidden.masked(model.lookup(&id("snapchat")).unwrap()), None, "only the mystery service is hidden");
    assert_eq!(wrong(&model, Challenge::Mystery, &open, None), Wrong::NoProvider);
    // Testing a provider by switching it off, then naming it.
    let tried = open.apply(Action::Toggle(id("google"))).unwrap();
    assert_eq!(derive(&model, &tried).outcome.state(service), NodeState::Up);
    let named = tried.apply(Action::ChallengeProvider(id("google"))).unwrap();
    assert_eq!(wrong(&model, Challenge::Mystery, &named, None), Wrong::StillRunsWithout { provider: id("google") });
    let right = named.apply(Action::ChallengeProvider(id("aws"))).unwrap();
    assert_eq!(
        verdict(&model, Challenge::Mystery, &right, None),
        Verdict::Right(Right::Mystery { provider: id("aws") })
    );
    let solved = right.apply(Action::ChallengeChecked(check(&model, Challenge::Mystery, &right, None))).unwrap();
    assert!(solved.progress.solved(Challenge::Mystery));
    assert_eq!(decode(&encode(solved.progress)), Ok(solved.progress), "the answer code carries it");
    // With names hidden, the link leaves out the box the pupil opened.
    let opened = solved.apply(Action::Select(Some(id("dailymotion")))).unwrap();
    assert!(!opened.to_query().contains("dailymotion"), "{}", opened.to_query());
    // A data file without such a service cannot ask the question, and says so.
    let tiny = load(
        r#"{"dataset": {"id": "t", "version": "1", "as_of": "2025-11-01", "title": "t"},
            "nodes": [{"id": "aws", "kind": "provider", "name": "AWS"}]}"#,
    )
    .unwrap();
    assert_eq!(wrong(&tiny, Challenge::Mystery, &named, None), Wrong::NoMystery);
}
