//! Sentences written by the team in the style of briefings and transcripts, each labelled by
//! hand with its speech act under the conventions of the [`analysis`](crate::analysis) docs,
//! before the rules were written. Places and people are invented.

use crate::analysis::Act::{self, *};

/// `(sentence, act)`: the set the per-kind accuracy is measured on.
pub(super) const LABELLED: &[(&str, Act)] = &[
    // Assertions: events, trends, states of affairs, quantities, past actions.
    (
        "Bilateral trade between Karavia and Meridia reached 2.4 billion dollars in 2023.",
        Assertion,
    ),
    (
        "Our exports of grain fell by 4 percent last year.",
        Assertion,
    ),
    (
        "The delegation arrived in Port Selden on Tuesday morning.",
        Assertion,
    ),
    (
        "Trade did not fall last year, contrary to what some reports suggested.",
        Assertion,
    ),
    ("We have never imported gas from Valdoria.", Assertion),
    (
        "The minister said that the pipeline would be completed by March.",
        Assertion,
    ),
    (
        "According to the customs service, imports rose by 12 percent in the first quarter.",
        Assertion,
    ),
    (
        "Apparently, the shipment was delayed at the border.",
        Assertion,
    ),
    (
        "The next round of talks is planned for November.",
        Assertion,
    ),
    ("The summit will take place in Velsk on 14 May.", Assertion),
    (
        "I am pleased that the agreement was finally signed last week.",
        Assertion,
    ),
    (
        "Thank you for your letter; our ministries signed the protocol on Monday.",
        Assertion,
    ),
    (
        "Our contacts have grown steadily, and I think this is good.",
        Assertion,
    ),
    (
        "Unfortunately, the harvest in the northern provinces was poor this year.",
        Assertion,
    ),
    (
        "Regrettably, the border crossing remains closed to freight traffic.",
        Assertion,
    ),
    (
        "Interaction between our parliaments continues without interruption.",
        Assertion,
    ),
    (
        "Karavia currently chairs the regional water commission.",
        Assertion,
    ),
    (
        "The ministry received more than 3,000 applications in the first week.",
        Assertion,
    ),
    (
        "There has been a steady stream of delegations between the two capitals.",
        Assertion,
    ),
    (
        "Our central bank cut the key rate twice this spring.",
        Assertion,
    ),
    (
        "The President thanked the Prime Minister for his hospitality.",
        Assertion,
    ),
    (
        "She expressed hope that the talks would resume soon.",
        Assertion,
    ),
    (
        "Foreign Minister Ilse Varga told reporters that no decision had been taken.",
        Assertion,
    ),
    (
        "“We will not raise tariffs,” the spokesperson said.",
        Assertion,
    ),
    (
        "The minister asked: “When will the bridge be finished?”",
        Assertion,
    ),
    ("As I said, the terminal was opened in June.", Assertion),
    ("The new terminal covers 12,000 square metres.", Assertion),
    ("Last time we met was two years ago in Velsk.", Assertion),
    (
        "Meridia remains our largest trading partner in the region.",
        Assertion,
    ),
    (
        "Our exports are down, albeit by a narrow margin.",
        Assertion,
    ),
    (
        "We imported fertiliser from Valdoria, and that helped our farmers.",
        Assertion,
    ),
    ("The agreement was not ratified by the assembly.", Assertion),
    ("No one was injured in the fire at the depot.", Assertion),
    (
        "Inflation stood at 3.1 percent in October, the statistics office reported.",
        Assertion,
    ),
    ("You told us about the floods when we last met.", Assertion),
    (
        "Passenger traffic through the airport grew by a third compared with 2022.",
        Assertion,
    ),
    (
        "I would like to point out that during our last meeting we agreed to expand the fishing quota.",
        Assertion,
    ),
    (
        "I can say with confidence that our engineers have completed the first stage.",
        Assertion,
    ),
    (
        "Regional leaders will meet again in Lake Ilmar next spring.",
        Assertion,
    ),
    (
        "The railway will open to passengers in September.",
        Assertion,
    ),
    ("I think the shipment arrived on Friday.", Assertion),
    (
        "It seems that the talks stalled over the fishing quotas.",
        Assertion,
    ),
    (
        "Our parliament is currently debating the budget.",
        Assertion,
    ),
    (
        "Some progress has been made, although much remains to be done.",
        Assertion,
    ),
    (
        "Thanks to your support, we completed the bridge two months early.",
        Assertion,
    ),
    (
        "The talks were productive, and we signed three agreements on fisheries.",
        Assertion,
    ),
    (
        "Both ministries confirmed the figures on Wednesday.",
        Assertion,
    ),
    (
        "Velsk has hosted the forum every year since 2011.",
        Assertion,
    ),
    ("The plant employs about 4,500 people.", Assertion),
    (
        "Karavia is a member of the regional customs union.",
        Assertion,
    ),
    // Opinions: evaluations, judgements, beliefs about the future, obligations.
    (
        "This is a very valuable route for both our countries.",
        Opinion,
    ),
    (
        "We value our friendship with the people of Meridia.",
        Opinion,
    ),
    ("I think we are heading the right way.", Opinion),
    ("In my view, the sanctions are counterproductive.", Opinion),
    ("Trade will probably grow next year.", Opinion),
    ("The new rules may well slow down investment.", Opinion),
    (
        "I believe that our cooperation has enormous potential.",
        Opinion,
    ),
    ("That is perfectly fine with us.", Opinion),
    ("We must address the backlog at the border.", Opinion),
    (
        "The government should do more to support small farmers.",
        Opinion,
    ),
    (
        "I am convinced that the two economies will grow closer.",
        Opinion,
    ),
    ("These figures are encouraging.", Opinion),
    (
        "It is essential to keep the channels of dialogue open.",
        Opinion,
    ),
    (
        "We respect your relationship with your neighbours.",
        Opinion,
    ),
    ("Frankly, the proposal is unacceptable to us.", Opinion),
    (
        "I expect prices to stabilise by the end of the year.",
        Opinion,
    ),
    (
        "Perhaps the treaty could be extended by another five years.",
        Opinion,
    ),
    ("Good.", Opinion),
    ("Of course.", Opinion),
    ("This is a clear sign that we need to work harder.", Opinion),
    (
        "The harbour project is a good example of what we can achieve together.",
        Opinion,
    ),
    ("I do not think the dispute will be settled soon.", Opinion),
    (
        "Exports to Valdoria are likely to double within three years.",
        Opinion,
    ),
    ("Demand for fertiliser will grow next year.", Opinion),
    (
        "Once the bridge is finished, passengers will be able to reach the coast in two hours.",
        Opinion,
    ),
    ("We need more engineers in the northern provinces.", Opinion),
    // Questions, by form or by their question mark.
    ("How is the construction of the terminal going?", Question),
    (
        "Mr Daud, what are your plans for the spring session?",
        Question,
    ),
    ("Could you tell us more about the gas contract", Question),
    ("Is it true that the border will be closed", Question),
    ("I would like to ask about the fishing quotas.", Question),
    ("My question is about the new customs rules.", Question),
    ("So trade fell last year?", Question),
    ("You said the talks had stalled?", Question),
    ("Why did the shipment not arrive on time?", Question),
    ("What share of the budget goes to roads?", Question),
    ("Do you expect an agreement before the summit?", Question),
    ("Tell us, please, how the harvest went.", Question),
    (
        "I wonder whether the bridge will be ready by winter.",
        Question,
    ),
    ("Will the President travel to Velsk in May?", Question),
    (
        "Let me ask you about the refinery in Port Selden.",
        Question,
    ),
    ("Are there plans to open a consulate in Meridia?", Question),
    ("How many tonnes of grain were shipped in 2023?", Question),
    ("And what about the second pipeline?", Question),
    // Thanks.
    (
        "Thank you very much for your invitation to visit Meridia.",
        Thanks,
    ),
    ("Thank you.", Thanks),
    (
        "I would like to thank you for supporting our bid for the games.",
        Thanks,
    ),
    (
        "We are grateful to the people of Karavia for their generosity.",
        Thanks,
    ),
    ("Many thanks to the organisers of this forum.", Thanks),
    ("Let me express my gratitude to all the volunteers.", Thanks),
    (
        "I also want to thank the minister for his detailed report.",
        Thanks,
    ),
    ("We appreciate your help during the floods.", Thanks),
    ("Thanks, Mr Petrov.", Thanks),
    ("Once again, thank you for your hospitality.", Thanks),
    (
        "I thank the governor and his team for their hard work.",
        Thanks,
    ),
    ("My sincere thanks go to our partners in Valdoria.", Thanks),
    ("Thank you for the 200 tonnes of medical supplies.", Thanks),
    ("Thank you, colleagues.", Thanks),
    // Greetings and forms of address.
    ("Good afternoon, colleagues.", Greeting),
    ("Good morning.", Greeting),
    ("Mr President,", Greeting),
    ("Welcome to Velsk.", Greeting),
    ("Ladies and gentlemen, dear friends,", Greeting),
    ("I am glad to see you again.", Greeting),
    (
        "It is a great pleasure to welcome you to Port Selden.",
        Greeting,
    ),
    ("Hello, everyone.", Greeting),
    ("Let me welcome our guests from Meridia.", Greeting),
    ("Dear colleagues,", Greeting),
    (
        "Good evening and welcome to our regular briefing.",
        Greeting,
    ),
    ("Nice to meet you, Minister.", Greeting),
    // Wishes and hopes.
    (
        "We very much hope that your country will overcome these difficulties.",
        Wish,
    ),
    ("I look forward to our next meeting.", Wish),
    ("We hope trade will reach 5 billion dollars by 2026.", Wish),
    ("I wish you every success in your new post.", Wish),
    (
        "Hopefully the weather will improve before the harvest.",
        Wish,
    ),
    ("Let us hope that the ceasefire holds.", Wish),
    (
        "We are looking forward to welcoming your delegation in the autumn.",
        Wish,
    ),
    ("Happy New Year to all of you.", Wish),
    ("May this friendship last for many generations.", Wish),
    (
        "I would like to see more students from Meridia at our universities.",
        Wish,
    ),
    (
        "We want to build very strong relations with Valdoria.",
        Wish,
    ),
    ("Best wishes to your family.", Wish),
    ("I hope you had a pleasant flight.", Wish),
    (
        "We are keen to expand our cooperation in agriculture.",
        Wish,
    ),
    // Condolences.
    (
        "We send our sincere condolences to the families of the victims.",
        Condolence,
    ),
    (
        "Please accept my condolences on the death of your father.",
        Condolence,
    ),
    (
        "Our thoughts are with the people of Eastmarch after the earthquake.",
        Condolence,
    ),
    ("We mourn with you.", Condolence),
    (
        "I would like to express our sympathy to everyone affected by the floods.",
        Condolence,
    ),
    (
        "We share the grief of the families who lost loved ones.",
        Condolence,
    ),
    (
        "My heart goes out to the miners and their families.",
        Condolence,
    ),
    (
        "We are deeply saddened by the loss of 40 lives in the disaster.",
        Condolence,
    ),
    (
        "Allow me to offer condolences on behalf of the government.",
        Condolence,
    ),
    ("Condolences to the families of the crew.", Condolence),
    // Compliments and congratulations.
    ("I find you a very capable negotiator.", Compliment),
    ("Congratulations on your election victory.", Compliment),
    ("Let me congratulate you on your appointment.", Compliment),
    ("You have done a great job with the harbour.", Compliment),
    (
        "Your team’s work on the treaty was outstanding.",
        Compliment,
    ),
    ("Well done.", Compliment),
    (
        "I congratulate the people of Karavia on their national day.",
        Compliment,
    ),
    ("You are a true friend of our country.", Compliment),
    ("I admire your patience in these negotiations.", Compliment),
    ("Your city is beautiful.", Compliment),
    (
        "We commend the Meridian authorities for their swift response.",
        Compliment,
    ),
    (
        "Congratulations on the 25th anniversary of your company.",
        Compliment,
    ),
    // Invitations and offers.
    (
        "We will be delighted to see you in Velsk, if your schedule allows.",
        Invitation,
    ),
    ("I invite you to visit our new research centre.", Invitation),
    ("You are always welcome in Karavia.", Invitation),
    ("Please join us for dinner after the talks.", Invitation),
    (
        "We would be happy to host the next round of talks.",
        Invitation,
    ),
    (
        "We are ready to supply additional turbines if needed.",
        Invitation,
    ),
    ("Let us work together on a new trade roadmap.", Invitation),
    (
        "We propose holding the next meeting in Port Selden.",
        Invitation,
    ),
    ("Feel free to contact my office at any time.", Invitation),
    (
        "We offer our assistance in rebuilding the bridge.",
        Invitation,
    ),
    (
        "We would welcome a visit by your foreign minister.",
        Invitation,
    ),
    (
        "You are invited to the opening of the plant in June.",
        Invitation,
    ),
    // Promises: commitments and first-person plans.
    ("I will be very glad to attend.", Promise),
    ("We will step up our efforts to clear the backlog.", Promise),
    ("We will not raise tariffs on Valdorian grain.", Promise),
    (
        "I promise that the report will be ready by Friday.",
        Promise,
    ),
    (
        "Our ministry intends to publish the figures next week.",
        Promise,
    ),
    (
        "We are going to open two new consulates next year.",
        Promise,
    ),
    (
        "I want to assure you that we will honour the contract.",
        Promise,
    ),
    (
        "We will continue to work closely with our partners.",
        Promise,
    ),
    ("I’ll call the governor tomorrow.", Promise),
    ("We plan to double the number of flights by 2027.", Promise),
    (
        "We are committed to completing the railway on schedule.",
        Promise,
    ),
    (
        "We shall do everything possible to help the victims.",
        Promise,
    ),
    (
        "Next year we will build three new schools in the region.",
        Promise,
    ),
    (
        "I will raise this issue with the finance minister.",
        Promise,
    ),
    // Meta: introducing a quotation, sending the reader elsewhere, running the meeting.
    ("Here is what the two ministers said:", Meta),
    (
        "For more information on trade between Karavia and Meridia, please click here.",
        Meta,
    ),
    ("Read more about the summit on our website.", Meta),
    ("See also our earlier briefing on grain exports.", Meta),
    ("The minister said:", Meta),
    ("(Laughter.)", Meta),
    ("Please, go ahead.", Meta),
    ("You have the floor.", Meta),
    ("Let us move on to the next item on the agenda.", Meta),
    ("Excerpts from the record of the session follow.", Meta),
    ("Below is the full text of the statement.", Meta),
    (
        "I would like to invite the minister to say a few words.",
        Meta,
    ),
    ("Now, over to you, Minister.", Meta),
    ("Here is what the spokesperson told reporters:", Meta),
];
