"""Quantified commitments: what counts, what must not, and the contract of each item."""
from __future__ import annotations

from pathlib import Path

import pytest

from agendactl import commitments
from agendactl.document import read_bytes, read_text
from agendactl.model import Briefing
from agendactl.rules import quantities

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SEED = SHARED / "nato-2017-12-04-pre-ministerial.txt"

NATO_HEAD = "Press conference\n\nby NATO Secretary General Jens Stoltenberg\n\n"
WH_HEAD = "Background Press Call by Senior Administration Officials\n\nSENIOR ADMINISTRATION OFFICIAL:  "


def run(text: str):
    doc = read_text(text)
    return doc, commitments.extract(doc, Briefing(None, None, None), [])


def quantities_of(text: str):
    return [c for c in run(text)[1] if c.kind == "quantity"]


# ----------------------------------------------------------------------------- the seed
@pytest.mark.skipif(not SEED.exists(), reason="shared corpus not available")
def test_seed_exactly_three_commitments():
    doc = read_bytes(SEED.read_bytes(), str(SEED))
    got = [c for c in commitments.extract(doc, Briefing(None, None, None), []) if c.kind == "quantity"]
    assert [(c.quantity, c.approximate) for c in got] == [(42, False), (3000, False), (1000, True)]
    measures, troops, students = got
    assert "measures" in measures.unit
    assert troops.unit == "troops" and troops.phrase == "three thousand more troops"
    assert troops.purpose == "training mission in Afghanistan"
    assert troops.status == "in progress" and students.status == "delivered"
    assert students.unit == "students" and students.phrase == "around a thousand students"
    assert {c.actor for c in got} == {"NATO"}
    for c in got:
        assert doc.text[c.evidence.start:c.evidence.end] == c.evidence.text
        assert doc.text[c.phrase_start:c.phrase_end] == c.phrase
        assert c.evidence.start <= c.phrase_start < c.phrase_end <= c.evidence.end


@pytest.mark.skipif(not SEED.exists(), reason="shared corpus not available")
def test_seed_pledges_listed_apart():
    doc = read_bytes(SEED.read_bytes(), str(SEED))
    pledges = [c for c in commitments.extract(doc, Briefing(None, None, None), []) if c.kind == "pledge"]
    phrases = " | ".join(p.phrase for p in pledges)
    assert "we will do more to raise awareness" in phrases
    assert "Our aim is to make military mobility a new flagship" in phrases
    assert all(p.quantity is None for p in pledges)
    # a meeting on the programme is not a pledge
    assert "hold a meeting" not in phrases


# ----------------------------------------------------------------------------- positives
POSITIVES = [
    # (text after a header, quantity, quantity_max, approximate, a unit word, status)
    (NATO_HEAD + "We are adding three thousand more troops to our training mission.", 3000, None, False, "troops", "in progress"),
    (WH_HEAD + "We've committed to donate more than a billion doses.", 1_000_000_000, None, True, "doses", "announced"),
    (WH_HEAD + "We've shipped more than 200 million vaccines to over 100 countries.", 200_000_000, None, True, "vaccines", "delivered"),
    (WH_HEAD + "Just this month, we announced 17 million vaccine doses to the African Union.", 17_000_000, None, False, "doses", "announced"),
    (WH_HEAD + "Moreover, we will announce upwards of 300 new sanctions against individuals.", 300, None, True, "sanctions", "planned"),
    (WH_HEAD + "The United States will provide an additional $53 million in humanitarian assistance.", 53_000_000, None, False, "USD", "planned"),
    (WH_HEAD + "We followed up with a package of 42 concrete measures.", 42, None, False, "measures", None),
    (WH_HEAD + "A pledge to reduce methane emissions by 60 to 75 percent by 2030.", 60, 75, False, "percent", None),
    (WH_HEAD + "We have deployed nearly 6,000 federal personnel to serve as vaccinators.", 6000, None, True, "personnel", "delivered"),
    (WH_HEAD + "The President will be announcing €2.3 billion in funding for resilience.", 2_300_000_000, None, False, "EUR", "planned"),
    (NATO_HEAD + "Allies will send some 4,000 troops to the eastern flank.", 4000, None, True, "troops", "planned"),
    (WH_HEAD + "3,000 troops will be deployed to the region.", 3000, None, False, "troops", "planned"),
    (WH_HEAD + "Tomorrow, G7 leaders will commit $4.5 billion for food security.", 4_500_000_000, None, False, "USD", "planned"),
    # budgets and requests: include / propose / request, present simple = announced
    (WH_HEAD + "The bill includes $65 billion for broadband.", 65_000_000_000, None, False, "USD", "announced"),
    (WH_HEAD + "It proposes $4.2 billion to help\nsupport state health departments.", 4_200_000_000, None, False, "USD", "announced"),
    (WH_HEAD + "We are requesting an additional $10\n   billion from Congress.", 10_000_000_000, None, False, "USD", "in progress"),
    (WH_HEAD + "The package includes 42 concrete measures.", 42, None, False, "measures", "announced"),
    (WH_HEAD + "This package includes more than 500 armored vehicles for Ukraine.", 500, None, True, "vehicles", None),
    # spelled-out amounts and hard-wrapped figures
    (WH_HEAD + "It includes seven and a half billion dollars to build\nnew labs.", 7_500_000_000, None, False, "USD", None),
    (WH_HEAD + "The Secretary will announce a pledge of two hundred million dollars for food security.", 200_000_000, None, False, "USD", "planned"),
    (WH_HEAD + "Overall, the President's request includes $612\nbillion for discretionary programs.", 612_000_000_000, None, False, "USD", None),
    # money frames: an increase of, a total of, totaling, with $N in funding
    (WH_HEAD + "It invests in clean energy — with an increase of more than $9 billion compared to last year.", 9_000_000_000, None, True, "USD", None),
    (WH_HEAD + "The plan makes a historic investment in rural hospitals, with a total of $12.5 billion in grants.", 12_500_000_000, None, False, "USD", None),
    (WH_HEAD + "Last month, USDA announced grants totaling $115 million in 17 states.", 115_000_000, None, False, "USD", None),
    (WH_HEAD + "And it includes funding to help end homelessness with $2\nbillion in total funding for shelters.", 2_000_000_000, None, False, "USD", None),
    # programmes that extend to / support N additional recipients
    (WH_HEAD + "The plan would extend rental assistance to more than 150,000\nadditional families.", 150_000, None, True, "families", "planned"),
    # agencies of the speaker's side as subjects; act nouns; sanction targets
    (WH_HEAD + "Today, FEMA will install 30 Starlink receivers in the region.", 30, None, False, "receivers", "planned"),
    (WH_HEAD + "The Department of State is designating three Russian individuals.", 3, None, False, "individuals", "in progress"),
    (WH_HEAD + "We will impose sanctions on more than 200 individuals and entities.", 200, None, True, "individuals", "planned"),
    (WH_HEAD + "The package supports the transfer of three C-130 aircraft.", 3, None, False, "aircraft", None),
    (WH_HEAD + "We've airlifted 36,000 pounds of food to Gaza.", 36_000, None, False, "pounds", "delivered"),
    # our side as the subject of a relative clause after the figure; verbs ending in a preposition
    (WH_HEAD + "This is on top of the 1 billion at-home tests that we are purchasing.", 1_000_000_000, None, False, "tests", "in progress"),
    (WH_HEAD + "Thanks for the 500 million doses the President has donated.", 500_000_000, None, False, "doses", "delivered"),
    (WH_HEAD + "We've now contracted for over 420 million tests.", 420_000_000, None, True, "tests", "delivered"),
    (WH_HEAD + "We have asked Congress for an additional $6 billion.", 6_000_000_000, None, False, "USD", None),
    (WH_HEAD + "The president has called for the construction of 2 million new affordable units.", 2_000_000, None, False, "units", None),
    # a pronoun or a programme we cannot place is not a third party
    (WH_HEAD + "This is a $50 million initiative that will be administered by the agency.", 50_000_000, None, False, "USD", None),
    (WH_HEAD + "BLM will make an additional 562 acres available for housing.", 562, None, False, "acres", None),
    (WH_HEAD + "The administration will provide $20,000 in debt relief to borrowers.", 20_000, None, False, "USD", "planned"),
    # running totals and package sizes
    (WH_HEAD + "And that brings the total amount of security assistance that we've provided to the\ncountry to approximately $2.4 billion.", 2_400_000_000, None, True, "USD", None),
    (WH_HEAD + "Federal assistance for communities hit by the storms has surpassed $1.8 billion.", 1_800_000_000, None, False, "USD", None),
    (WH_HEAD + "Our assistance package for up to $10 million draws from excess stocks.", 10_000_000, None, True, "USD", None),
    # simple passives of delivery
    (WH_HEAD + "Today $15 billion in Child Tax Credit payments were distributed to families.", 15_000_000_000, None, False, "USD", None),
    (WH_HEAD + "In FY2020, $500 million was made available through the program.", 500_000_000, None, False, "USD", "delivered"),
    (WH_HEAD + "Last week, we had a successful U.S. airlift of over 54,000\npounds of medical items.", 54_000, None, True, "pounds", None),
    (WH_HEAD + "We welcome the President's plan to deliver 500 million doses.", 500_000_000, None, False, "doses", None),
    (WH_HEAD + "That investment includes $76 million from the President's Bipartisan Infrastructure Law.", 76_000_000, None, False, "USD", None),
    (WH_HEAD + "Yesterday, the Under Secretary of State for Civilian Security,\nDemocracy, and Human Rights, Jane Roe, announced nearly $536 million in aid.", 536_000_000, None, True, "USD", "announced"),
    (WH_HEAD + "This announcement brings the total U.S. humanitarian assistance in the region to nearly $3.7 billion.", 3_700_000_000, None, True, "USD", None),
    (WH_HEAD + "The Development Finance Corporation plans to invest about a billion dollars in the region.", 1_000_000_000, None, True, "USD", "planned"),
    (WH_HEAD + "Over the weekend, we helped airdrop 38,000 ready-to-eat meals.", 38_000, None, False, "meals", None),
    (WH_HEAD + "Global health is on the agenda, including our $300 million pledge to the fund to close the financing gap.", 300_000_000, None, False, "USD", None),
    (WH_HEAD + "At the summit, the leaders agreed on the commitment to deliver a billion doses by next year.", 1_000_000_000, None, False, "doses", None),
    # spelled scales with "half"; a relative clause after "of <what>"
    (WH_HEAD + "We will donate half a billion doses to 100 countries.", 500_000_000, None, False, "doses", "planned"),
    (WH_HEAD + "It includes a half billion doses of Pfizer vaccine that the United States will purchase and donate.",
     500_000_000, None, False, "doses", "planned"),
    # a commitment noun after the amount, with our side as its agent or owner
    (WH_HEAD + "The leaders strengthened their cooperation on health, including through a $250 million contribution "
     "by the United States to the Pandemic Fund.", 250_000_000, None, False, "USD", None),
    (WH_HEAD + "Health is on the agenda, and our $100 million donation to the fund is part of it.", 100_000_000, None, False, "USD", None),
    (WH_HEAD + "So the first question is: It’s a $700 million package.", 700_000_000, None, False, "USD", None),
    # a nominal frame whose verb is ours: "with President Biden announcing ... the deployment of"
    (WH_HEAD + "Germany has many U.S. service members, with President Biden announcing earlier this year the "
     "additional deployment of 500 troops.", 500, None, False, "troops", None),
    # counts of parties as a programme's reach or new members we announce; acts our side took;
    # a programme's own content ("The ... Corps will include training for ...")
    (WH_HEAD + "We will expand USAID's Global Health Security programs to\nseven countries, as requested in the "
     "President's budget.", 7, None, False, "countries", None),
    (WH_HEAD + "The first is that we announced the addition of six new countries to the\njoint diplomatic statement.",
     6, None, False, "countries", "announced"),
    (WH_HEAD + "Remember, he's done more than two dozen executive actions, taken more\nactions than any other president.",
     24, None, True, "executive actions", None),
    (WH_HEAD + "He announced that six new governments have joined, which now means that the coalition has grown "
     "to 17\nlikeminded governments.", 17, None, False, "governments", None),
    (WH_HEAD + "The Americas Health Corps will\nspecifically include training for 500,000 health workers in the region.",
     500_000, None, False, "health workers", None),
    # policy limits and deficit reductions our side sets
    (WH_HEAD + "The law capped the monthly cost of insulin at $35 for seniors.", 35, None, False, "USD", None),
    (WH_HEAD + "We will cap out-of-pocket drug costs at $2,000 a year.", 2000, None, False, "USD", "planned"),
    (WH_HEAD + "His budget reduces the federal deficit by nearly $3 trillion over the\nnext decade.",
     3_000_000_000_000, None, True, "USD", None),
    (WH_HEAD + "He will call for letting Medicare negotiate prices for at least 20 drugs\nevery year.",
     20, None, True, "drugs", "planned"),
    # goods as the subject of a shipping verb; a team sent; an outcome "resulting in N new"
    (WH_HEAD + "I can announce that 1.5 million doses of the Pfizer vaccine will start shipping to Peru.",
     1_500_000, None, False, "doses", "planned"),
    (WH_HEAD + "FEMA has deployed a team of 40 engineers to the site.", 40, None, False, "engineers", "delivered"),
    (WH_HEAD + "Last year the Department of Energy cut red tape, resulting in 900 new\ntransmission projects.",
     900, None, False, "projects", None),
    # reduced relatives and relatives with our side (or the President) as agent
    (WH_HEAD + "That is part of the 600 million doses pledged by the United States last year.",
     600_000_000, None, False, "doses", None),
    (WH_HEAD + "The President said so. That comes on top of the $2 trillion in deficit reduction he has\nsigned into law.",
     2_000_000_000_000, None, False, "USD", None),
    # programmes as subjects; a reach "in N countries"; money leveraged from others; new verbs
    (WH_HEAD + "This is a $7 million program that will train nurses.", 7_000_000, None, False, "USD", None),
    (WH_HEAD + "It is a $9 million pilot program will expand screening.", 9_000_000, None, False, "USD", None),
    (WH_HEAD + "USAID will provide technical support in up to six countries.", 6, None, True, "countries", "planned"),
    (WH_HEAD + "This will build on another $15 million from Unitaid.", 15_000_000, None, False, "USD", "planned"),
    (WH_HEAD + "The Centers for Disease Control and Prevention will use $12 million to expand surveillance.",
     12_000_000, None, False, "USD", "planned"),
    (WH_HEAD + "The fellowship will sponsor up to 40 young engineers each year.", 40, None, True, "engineers", "planned"),
    (WH_HEAD + "The National Institutes of Health licensed 14 research tools to the pool.",
     14, None, False, "tools", "delivered"),
    # tax rates and savings our policies set
    (WH_HEAD + "So his proposal is to raise the corporate tax rate to 25 percent.", 25, None, False, "percent", None),
    (WH_HEAD + "The new rule will save families more than $4 billion a year.", 4_000_000_000, None, True, "USD", "planned"),
    (WH_HEAD + "The agreement would put in place a 12 percent rate.", 12, None, False, "percent", "planned"),
    # a grant programme's selections, verb or noun
    (WH_HEAD + "We've selected 129 subapplications for this priority.", 129, None, False, "subapplications", "delivered"),
    (WH_HEAD + "Tomorrow we will announce the selection of $1 billion in resilience funding.",
     1_000_000_000, None, False, "USD", None),
    (WH_HEAD + "The agency is also announcing the selection of 93 communities for technical assistance.",
     93, None, False, "communities", None),
    # the people a rule of ours covers
    (WH_HEAD + "This proposal will cover an estimated 35 million workers.", 35_000_000, None, True, "workers", "planned"),
    (WH_HEAD + "All told, the President's vaccination requirements will apply to about 100 million workers.",
     100_000_000, None, True, "workers", "planned"),
    (WH_HEAD + "This rule covers 84 million employees.", 84_000_000, None, False, "employees", None),
    (WH_HEAD + "The armed forces now require COVID-19 vaccinations for all 2.1 million troops.",
     2_100_000, None, False, "troops", None),
    # the share of the costs our government pays
    (WH_HEAD + "These communities will be receiving a 90 percent federal cost share, as the law says.",
     90, None, False, "percent", None),
    (WH_HEAD + "Today, the President will announce that the federal government will cover 100 percent of the cost of "
     "the emergency measures.", 100, None, False, "percent", None),
    (WH_HEAD + "Importantly, this maintains 100 percent federal reimbursement for state deployments.",
     100, None, False, "percent", None),
    # land our agencies treat or conserve
    (WH_HEAD + "In 2023 the Forest Service was able to clear out hazardous fuels in over 4 million acres of forestlands.",
     4_000_000, None, True, "acres", None),
    (WH_HEAD + "With more than 42 million acres already conserved, the President is on track.", 42_000_000, None, True, "acres", None),
    (WH_HEAD + "Today, the Interior Department acted to protect more than 13 million acres in the Arctic.",
     13_000_000, None, True, "acres", None),
    # others' pledges to join our side are joint pledges
    (WH_HEAD + "He will call on G20 leaders to follow through on their pledges to join us to boost lending capacity by "
     "$100 billion.", 100_000_000_000, None, False, "USD", None),
    # the share of our funding a programme directs
    (WH_HEAD + "We will be delivering 67 percent of total funding in our grant cycle to disadvantaged communities.",
     67, None, False, "percent", "planned"),
    (WH_HEAD + "In fact, it commits 40 percent of our investment in clean energy towards disadvantaged communities.",
     40, None, False, "percent", None),
    # money our side makes available, or that will go to a purpose
    (WH_HEAD + "Today, HHS is making $150 million available to community-based healthcare providers.",
     150_000_000, None, False, "USD", None),
    (WH_HEAD + "Second, he will make $3.2 billion available to states for the weatherization of homes.",
     3_200_000_000, None, False, "USD", None),
    (WH_HEAD + "And $815 million will go to manufacture critical testing supplies.", 815_000_000, None, False, "USD", "planned"),
    (WH_HEAD + "Over the last few weeks, we've made more than 25 million doses of Pfizer and Moderna available to states.",
     25_000_000, None, True, "doses", "delivered"),
    # supplies staged and responders on the ground
    (WH_HEAD + "And FEMA has staged nearly 250 generators in the region to support impacted areas.",
     250, None, True, "generators", "delivered"),
    (WH_HEAD + "And 110,000 gallons of fuel are pre-staged for immediate deployment.", 110_000, None, False, "gallons", None),
    (WH_HEAD + "We continue to have more than 1,000 federal responders on the ground.", 1000, None, True, "responders", "in progress"),
    (WH_HEAD + "We have over 22 million doses going out the door just this week.", 22_000_000, None, True, "doses", None),
    (WH_HEAD + "Today the administration is announcing two critical new packages of security assistance for Ukraine.",
     2, None, False, "packages", None),
    (WH_HEAD + "We've done 47 presidential drawdown packages.", 47, None, False, "packages", None),
    (WH_HEAD + "There was a billion dollars that we were able to secure to help governors.", 1_000_000_000, None, False, "USD", None),
    (WH_HEAD + "We have executed over 40 drawdowns to ensure that they can defend their territory.", 40, None, True, "drawdowns", None),
    (WH_HEAD + "In Arizona, nearly 40 more medical personnel are arriving next week to help administer treatments.",
     40, None, True, "personnel", None),
    # federal agencies by their naming pattern are our side
    (WH_HEAD + "The Substance Abuse and Mental Health Services Administration is also granting 29 awards to states.",
     29, None, False, "awards", None),
]


@pytest.mark.parametrize("text,qty,qmax,approx,unit,status", POSITIVES,
                         ids=[p[0].split(":  ")[-1].split("\n")[-1][:40] for p in POSITIVES])
def test_commitment_found(text, qty, qmax, approx, unit, status):
    got = quantities_of(text)
    assert len(got) == 1, [(c.quantity, c.unit, c.phrase) for c in got]
    c = got[0]
    assert (c.quantity, c.quantity_max, c.approximate) == (qty, qmax, approx)
    assert unit.lower() in (c.unit or "").lower() + " " + (c.phrase or "").lower()
    if status is not None:
        assert c.status == status
    assert c.actor in ("NATO", "the United States")


# ----------------------------------------------------------------------------- must not match
NEGATIVES = {
    "participants": WH_HEAD + "Leaders from 30 countries will attend, and 12 new countries joined the talks last year.",
    "party-growth": WH_HEAD + "Membership has grown to 40 countries since 2015.",
    "their-actions": WH_HEAD + "Russia has taken three actions against the monitors.",
    "date": WH_HEAD + "We will meet on 5 and 6 December in Brussels, and again on May 19th.",
    "year": WH_HEAD + "We will reduce emissions by 2030 and we have done so since 2021.",
    "header-date": "Pre-ministerial press conference\n\n  • 04 Dec. 2017 -\n\nWe will discuss.",
    "duration": NATO_HEAD + "We are now just seven months away from the Summit, after 15 months of war.",
    "duration-for": WH_HEAD + "For 75 years, NATO has kept America safer; we trained them for three weeks.",
    "age": WH_HEAD + "We vaccinated a 5-year-old and children ages 12 and older who are 17 years old.",
    "ordinal": WH_HEAD + "We will mark the 75th anniversary and the 3rd summit, the first of many.",
    "list": WH_HEAD + "You'll see, one, some significant efforts. Two, you'll see efforts to close loopholes. Three, more steps.",
    "time": WH_HEAD + "The call is embargoed until 5:00 a.m. and we will deliver remarks at 8:00 p.m.",
    "world-statistic": WH_HEAD + "The G7, making up around 50 percent of the world's GDP, is a driver of recovery.",
    "growth-statistic": WH_HEAD + "The estimates are, from the IMF, that we're going to grow 6 percent this year.",
    "study": WH_HEAD + "A study found the deal would lead to at least $60 billion in additional revenues per year.",
    "adversary": WH_HEAD + "In fact, Russia has increased its troop presence along the border by as many as 7,000 troops.",
    "third-party": WH_HEAD + "The EU notably also has given €2 billion in security assistance to Ukraine.",
    "others-spending": WH_HEAD + "Some Allies are spending well upwards of 2 percent; some are spending as much as 4 percent.",
    "participants": WH_HEAD + "In early October, more than 130 countries agreed to it. We had more than 100 countries join.",
    "reporter": "Background Press Call\n\nQ    Will you send 5,000 troops and $2 billion in aid?\n\n"
                "SENIOR ADMINISTRATION OFFICIAL:  I won't get ahead of the President.",
    "discourse": WH_HEAD + "Just two more questions. I'd add that this was a 15-month investigation.",
    "share": WH_HEAD + "Something like 90 percent of Russia's semiconductors come from the PRC.",
    "threshold": WH_HEAD + "We will not raise taxes on any household making less than $400,000.",
    "economy-statistic": WH_HEAD + "We found that 10 million new small businesses have been created.",
    "change-by-other": WH_HEAD + "Today, we learned that retail sales increased by 3.8 percent in January.",
    "negated": WH_HEAD + "We will not send 3,000 troops, and we're not going to provide $2 billion.",
    "identifier": WH_HEAD + "We are training Ukrainian pilots on the F-16 and invoking Article 5 on day one.",
    # past trends and comparisons with an earlier time
    "past-cut": WH_HEAD + "We've cut funding for climate\nscience at EPA by 27 percent since FY2010, adjusted for inflation.",
    "past-rise": WH_HEAD + "Inflation has gone up, and the unemployment rate has fallen an additional 0.8 percentage points since then.",
    "fewer-than": WH_HEAD + "Head Start served 95,000 fewer children today than it did a decade ago.",
    "economy": WH_HEAD + "Our economy grew at 5.7 percent. Inflation rose 8.5 percent over the past year.",
    # lists and memberships are not a package's content
    "including-list": WH_HEAD + "We've lost hundreds of children, including nearly 100 children ages 5 to 11.",
    "includes-group": WH_HEAD + "That includes millions of Ukrainians who have been displaced.",
    "including-by": WH_HEAD + "Funds were committed through the plan, including by over 300 communities.",
    # adversaries and third parties, however named
    "adversary-cleft": WH_HEAD + "It is Russia that is building up tens of thousands of troops at the border.",
    "adversary-adjective": WH_HEAD + "The Chinese government has invested $1 trillion in ports abroad.",
    "adversary-unit": WH_HEAD + "The deal freed 5,000 Taliban fighters; our ships destroyed six Iranian missiles.",
    "third-party-total": WH_HEAD + "The group represents businesses that employ a total of 20 million workers.",
    # prices, rates, forecasts, idioms
    "per-unit": WH_HEAD + "Enforcement actions can include fines up to $13,600 per violation.",
    "forecast": WH_HEAD + "Over the next decade, we're positioned to build a billion solar panels.",
    "idiom": WH_HEAD + "We support our athletes 100 percent, and we are 100 percent committed to them.",
    "tally": WH_HEAD + "Every household could place three orders for a total of 16 tests.",
    "increase-pct": WH_HEAD + "There's been an increase of 20 percent in loans to small businesses.",
    "hostages": WH_HEAD + "You referenced the release of two hostages.",
    "economy-created": WH_HEAD + "Twelve million new businesses have been created.",
    "foreign-acronym": WH_HEAD + "COVAX has now provided almost 1.2 billion vaccines; the UAE has sent 80 fighters.",
    "debt-statistic": WH_HEAD + "This is about paying the debt both parties incurred, including the $8 trillion under the last one.",
    "add-up-to": WH_HEAD + "These junk fees can add up to hundreds of dollars.",
    "documents": WH_HEAD + "There are climate components in these two packages that the President has proposed.",
    "vaccinated-population": WH_HEAD + "More than 165 million people are fully vaccinated; 77 counties were approved.",
    "progressive-subject": WH_HEAD + "3,000 troops are training Ukrainians in Germany.",
    "their-pledge": WH_HEAD + "We thank Japan for its recent pledge to provide Ukraine with an additional $5.5 billion.",
    "their-decision": WH_HEAD + "We welcomed OPEC's decision to increase production by 50 percent.",
    "opinion": WH_HEAD + "I think the picture is 130 million Americans, hundreds of millions more overseas.",
    "undoing": WH_HEAD + "Their bill cuts support for law enforcement, laying off 2,000 Border Patrol agents.",
    "cost": WH_HEAD + "A couple would not have to pay another $1,900 for their coverage.",
    "money-difference": WH_HEAD + "That's nearly a $6 trillion difference between the two budget plans.",
    "opposition-lawmakers": WH_HEAD + "Republican members of Congress are calling for a $3 trillion tax giveaway.",
    "private-money": WH_HEAD + "He came to announce investments of Korean companies here, totaling over $100 billion.",
    "from-company": WH_HEAD + "It includes $150 million from Acme Apparel and $1.9 billion in new investments from 10 new companies.",
    "foreign-official": WH_HEAD + "The Foreign Minister of France, Jean Dupont, announced 500 million euros for the fund.",
    "our-companies": WH_HEAD + "And U.S. companies, in turn, have invested about $1.4 trillion into those economies.",
    "calibre": WH_HEAD + "We will provide more 155 ammunition and 105-millimeter rounds.",
    # vague plurals state no figure (quantities.py still reads them, approximate)
    "vague-plural": WH_HEAD + "We will continue to share tens of millions more U.S. doses over the summer.",
    "vague-plural-people": WH_HEAD + "We are still vaccinating millions of people each week.",
    "vague-plural-hundreds": WH_HEAD + "We have deployed hundreds of vaccinators and thousands of troops.",
    # someone else's contribution, named by its agent or possessive
    "their-contribution-by": WH_HEAD + "We welcomed a $250 million contribution by Japan to the fund.",
    "their-contribution-poss": WH_HEAD + "We welcomed Germany's $300 million pledge to the fund.",
    "per-day": WH_HEAD + "OSHA can fine an additional $13,600 per day that an employer does not abate.",
    "up-percent": WH_HEAD + "We've seen Black business ownership doubling and Hispanic business ownership up 40 percent.",
    # a list of figures shares a verb only when the first figure is committed
    "list-after-statistic": WH_HEAD + "The storm damaged 61 homes, 144 businesses, and 12 schools.",
    "list-after-other": WH_HEAD + "Russia has sent 61 tanks, 144 guns and 12 jets to the border.",
    "including-people": WH_HEAD + "We are providing help to families, including 3,000 children and 200 veterans.",
    # conservation verbs deliver land and water only
    "protect-people": WH_HEAD + "We will protect 300 million Americans from these fees.",
    # the new families' traps
    "deficit-increase": WH_HEAD + "Their tax plan would increase the deficit by $2 trillion.",
    "deficit-other": WH_HEAD + "Republicans say they would cut the deficit by $4 trillion.",
    "cap-noun-rate": WH_HEAD + "The price cap at $60 a barrel is working.",
    "cap-by-companies": WH_HEAD + "We welcome the call for drug companies to cap their insulin prices at $35.",
    "ship-than": WH_HEAD + "More than 2 million more barrels are coming in than are going out.",
    "agent-other": WH_HEAD + "That is part of the 600 million doses pledged by Japan last year.",
    "he-foreign": WH_HEAD + "Prime Minister Smith spoke today. We welcome the $2 billion in new aid he has\nannounced.",
    "he-adversary": WH_HEAD + "Putin keeps escalating: these are the 10,000 troops he has deployed.",
    "reach-passive": WH_HEAD + "Some 300 restrictive bills have been introduced in 40 states.",
    "reach-resident": WH_HEAD + "We provide help to people who live in 30 countries.",
    "used-to": WH_HEAD + "A vial of insulin used to cost $300.",
    "uses-of": WH_HEAD + "No decision has been made on the uses of this $3 billion.",
    "use-no-purpose": WH_HEAD + "We use the $14,000 figure for a serious citation.",
    "use-count": WH_HEAD + "The agency keeps using 12 different databases.",
    "including-refugees": WH_HEAD + "USAID is providing aid to people in Chad, including more than 500,000 refugees.",
    "result-statistic": WH_HEAD + "The storms hit the coast, resulting in 300 new claims every day.",
    "team-other": WH_HEAD + "Russia sent a team of 40 officers to the border.",
    "interest-rate": WH_HEAD + "The Fed raised interest rates to 5 percent last year.",
    "savings-study": WH_HEAD + "A study found the rule would save consumers $9 billion a year.",
    "savings-per-person": WH_HEAD + "These reforms are saving people an average of $800 per person.",
    "selection-idiom": WH_HEAD + "The museum shows a selection of 40 paintings from the period.",
    "cover-not-rule": WH_HEAD + "Medicare already covers 60 million Americans.",
    "cover-their-rule": WH_HEAD + "The EU rule will cover 20 million workers.",
    "cost-share-record": WH_HEAD + "Pell Grants once covered nearly 80 percent of the cost of a four-year college.",
    "cost-share-insurer": WH_HEAD + "Insurers will cover 80 percent of the cost of the treatment.",
    "acres-burned": WH_HEAD + "The fires have burned over 2 million acres and the blaze cleared the ridge in 40 acres.",
    "acres-industry": WH_HEAD + "The industry holds leases on 23 million acres of public lands.",
    "acres-treated-theirs": WH_HEAD + "Russia has treated its fields in 40 million acres of farmland.",
    "their-pledge-to-join-others": WH_HEAD + "Japan followed through on its pledge to join the EU to boost lending by $40 billion.",
    "share-of-funds-stat": WH_HEAD + "Seventy percent of the dollars are for disadvantaged communities.",
    "share-of-funds-other": WH_HEAD + "China directs 60 percent of its investment to state firms.",
    "available-price": WH_HEAD + "Cheaper models made $30,000 cars available to buyers.",
    "went-to-profits": WH_HEAD + "Last year $35 billion went to oil company profits.",
    "go-to-their": WH_HEAD + "Russia said $2 billion will go to its army.",
    "stage-noun": WH_HEAD + "At this stage 20 countries have signed on to the talks.",
    "ground-adversary": WH_HEAD + "Russia still has 100,000 troops on the ground near the border.",
    "available-market": WH_HEAD + "Dealers made 40,000 used cars available last month.",
    "require-for-other": WH_HEAD + "Russia requires service for all 2 million troops.",
    "required-for-statistic": WH_HEAD + "It took six months for 10 million workers to return.",
    "going-out-other": WH_HEAD + "China has 5 million doses going out to its partners.",
    "arrived-adversary": WH_HEAD + "Iran said 300 more personnel arrived in Syria last week.",
    "arrived-migrants": WH_HEAD + "About 1,400 people a day are arriving at the border.",
    "packages-of-bills": WH_HEAD + "The President is announcing two new packages of legislation today.",
    "cost-share-not-wh": NATO_HEAD + "Allies agreed a 50 percent federal cost share for the new wing.",
}


# ----------------------------------------------------------------------------- lists
def test_list_items_share_the_verb_of_the_first():
    got = quantities_of(WH_HEAD + "FEMA has sent 61 generators to help provide power. FEMA is providing "
                        "critical supplies to the state, including 144,000 liters of\nwater, 74,000 meals, "
                        "18,500 blankets, 5,100 cots, and 1,500 tarps.")
    assert [(c.quantity, c.unit) for c in got] == [
        (61, "generators"), (144_000, "liters"), (74_000, "meals"), (18_500, "blankets"),
        (5_100, "cots"), (1_500, "tarps")]
    assert {c.status for c in got[1:]} == {"in progress"}


def test_list_stops_at_a_new_verb():
    got = quantities_of(WH_HEAD + "We sent 61 generators and 3,000 workers have been hurt.")
    assert [(c.quantity, c.unit) for c in got] == [(61, "generators")]


def test_conserved_acres():
    got = quantities_of(WH_HEAD + "Over the last four years, the President has conserved more than 670\n"
                        "million acres of America's land and waters.")
    assert [(c.quantity, c.unit, c.approximate, c.status) for c in got] == [(670_000_000, "acres", True, "delivered")]


@pytest.mark.parametrize("kind", sorted(NEGATIVES))
def test_not_a_commitment(kind):
    got = quantities_of(NEGATIVES[kind])
    assert not got, [(c.quantity, c.unit, c.phrase) for c in got]


def test_same_figure_twice_is_one_item():
    text = (WH_HEAD + "We will announce upwards of 300 new sanctions against individuals.\n\n"
            "SENIOR ADMINISTRATION OFFICIAL:  And there will be upwards of 300 new sanctions.")
    got = quantities_of(text)
    assert [c.quantity for c in got] == [300]


def test_reporter_turn_pledges_ignored():
    text = "Background Press Call\n\nQ    Will we do more to support Ukraine?\n\nMODERATOR:  Next question."
    assert run(text)[1] == []


def test_sorted_by_position_and_offsets_hold():
    text = (WH_HEAD + "We will send 2,000 troops. We have provided $4.1 billion in aid to states. "
            "We will also help them more.")
    doc, got = run(text)
    starts = [c.phrase_start if c.phrase_start is not None else c.evidence.start for c in got]
    assert starts == sorted(starts)
    assert [c.quantity for c in got if c.kind == "quantity"] == [2000, 4_100_000_000]
    for c in got:
        assert doc.text[c.evidence.start:c.evidence.end] == c.evidence.text


def test_refs_exclude_numbers_inside_day_references():
    from agendactl.model import TimeRef

    text = WH_HEAD + "We will deliver 12 helicopters."
    doc = read_text(text)
    s = text.index("12")
    ref = TimeRef("12", s, s + 2, 1, "2017-12-12", "day", "2017-12-12", "2017-12-12", "test")
    def qty(refs):
        return [c.quantity for c in commitments.extract(doc, Briefing(None, None, None), refs)
                if c.kind == "quantity"]

    assert qty([ref]) == []
    assert qty([]) == [12]


def test_hostile_text_does_not_blow_up():
    # long runs of digits, separators and number words stay cheap (no nested repetition)
    text = WH_HEAD + ("1,000 " * 2000) + ("three thousand and " * 500) + "9" * 5000
    run(text)
    quantities.scan(text)


def test_to_dict_contract():
    _, got = run(NATO_HEAD + "We are adding three thousand more troops to our training mission in Afghanistan.")
    d = got[0].to_dict()
    for key in ("quantity", "approximate", "unit", "phrase", "actor", "status", "purpose", "evidence", "kind"):
        assert key in d
    assert d["evidence"]["line"] >= 1


def test_trace_explains_every_quantity():
    text = (WH_HEAD + "We will send 2,000 troops. Our economy grew at 5.7 percent. "
            "Russia has increased its forces by 7,000 troops.")
    doc = read_text(text)
    verdicts = {doc.text[s:e]: why for s, e, why in commitments.trace(doc, Briefing(None, None, None), [])}
    assert verdicts["2,000"].startswith("kept")
    assert not verdicts["5.7 percent"].startswith("kept")
    assert not verdicts["7,000"].startswith("kept")
    kept = [c.phrase for c in commitments.extract(doc, Briefing(None, None, None), []) if c.kind == "quantity"]
    assert kept == ["2,000 troops"]


# ----------------------------------------------------------------------------- other parties' figures
@pytest.mark.parametrize("text", [
    "We're grateful for our partners, including the €50 billion package proposed by the European Union.",
    "We're grateful for our partners, including the $15 billion International Monetary Fund program for Ukraine.",
    "We strongly support the EU's €50 billion package for Ukraine.",
])
def test_figure_owned_by_another_party_in_its_noun_phrase(text):
    assert quantities_of(WH_HEAD + text) == []


@pytest.mark.parametrize("text, value", [
    ("We have requested a $21 billion IMF loan for the trust.", 21_000_000_000),
    ("We're asking Congress for two and a quarter billion dollars to boost the World Bank.", 2_250_000_000),
    ("The United States will provide a $500 million package proposed by the President.", 500_000_000),
])
def test_our_figure_kept(text, value):
    assert [c.quantity for c in quantities_of(WH_HEAD + text)] == [value]


# ----------------------------------------------------------------------------- an amount after a dash sizes the commitment named
@pytest.mark.parametrize("text, value", [
    ("It came within 24 hours of the United States announcing the single largest, most expansive, most impactful "
     "transfer of weapons since the beginning of the conflict — more than $3 billion to include Bradley\nFighting Vehicles.",
     3_000_000_000),
    ("We continue to provide more humanitarian assistance — over $245 million so far.", 245_000_000),
    ("The bipartisan Infrastructure Framework would make the largest investment in American history — nearly $50 billion"
     " — in the resilience of our systems.", 50_000_000_000),
])
def test_amount_in_apposition_to_a_commitment(text, value):
    assert [c.quantity for c in quantities_of(WH_HEAD + text)] == [value]


@pytest.mark.parametrize("text", [
    # a clause between the noun and the dash: the amount is something else
    "The package that passed in December had the same thresholds for the checks — $150,000, about that amount.",
    "Most of the investment have come from the African Development Bank — $500 million from the Bank.",
    # a statistic, another party's programme
    "The cost of the student loan debt burden — $1.7 trillion — is crushing.",
    "The war is sustained by Iranian military assistance to the regime — more than $1 billion.",
    "Businesses have made new investments in clean energy and manufacturing — $650 billion in investments.",
])
def test_amount_after_a_dash_not_ours(text):
    assert quantities_of(WH_HEAD + text) == []


@pytest.mark.parametrize("text, value", [
    ("The Bipartisan Infrastructure Law will pour $5 billion into terminal projects.", 5_000_000_000),
    ("The Infrastructure Framework would invest $50 billion in resilience.", 50_000_000_000),
])
def test_our_law_or_framework_as_subject(text, value):
    # a programme of ours named as the subject is no third party
    assert [c.quantity for c in quantities_of(WH_HEAD + text)] == [value]


# ----------------------------------------------------------------------------- Congress funding our programmes
@pytest.mark.parametrize("text, value", [
    ("Congress appropriated over $3 billion to ASFF in 2021.", 3_000_000_000),
    ("In December, Congress provided an additional $284 billion for the Paycheck Protection Program.", 284_000_000_000),
    ("Last year, Congress approved $45 billion in assistance for Ukraine in the omnibus.", 45_000_000_000),
    # "up" is the verb's particle, not the qualifier "up to"
    ("We requested $37\nbillion. Congress actually plussed that up to $45 billion. That is money that has been appropriated.",
     45_000_000_000),
])
def test_congress_funds_our_programme(text, value):
    assert value in [c.quantity for c in quantities_of(WH_HEAD + text)]


@pytest.mark.parametrize("text", [
    "Republicans in Congress appropriated $2 billion for the wall.",
    "Congress passed $2 trillion in tax cuts for the wealthy.",
    "Russia bumped that up to $5 billion.",
    "The price of the program increased up to $45 billion.",
])
def test_congress_or_particle_not_ours(text):
    assert quantities_of(WH_HEAD + text) == []


def test_congress_funds_only_for_the_white_house():
    assert quantities_of(NATO_HEAD + "Congress appropriated over $3 billion to the programme.") == []


# ----------------------------------------------------------------------------- a package's headline total
@pytest.mark.parametrize("text, value", [
    ("On the headline figure — and you — you know, it is rare that we make this kind of a mistake to overlook it — "
     "it is approximately\n$150 million.", 150_000_000),
    ("So I've given, kind of, the very headline number, which is $55 billion over the next three years.", 55_000_000_000),
    ("And on the dollar figure for the drawdown, it’s valued at up to $200 million.", 200_000_000),
])
def test_headline_total(text, value):
    assert [c.quantity for c in quantities_of(WH_HEAD + text)] == [value]


@pytest.mark.parametrize("text", [
    "The Republicans' topline number is $600 billion.",
    "Their headline figure is $600 billion.",
    "He would accept a topline number that's less than $3.5 trillion.",
    "The headline number is that GDP grew to $25 trillion.",
    "The dollar figure for the yacht is $300 million.",
    "The yacht is worth approximately $300 million or more.",
])
def test_headline_total_not_ours(text):
    assert quantities_of(WH_HEAD + text) == []


def test_a_day_name_is_no_subject():
    # "Friday is" ends the relative clause; the package is ours
    got = quantities_of(WH_HEAD + "The package we announced Friday is worth $2.85 billion and includes 50 Bradley Fighting Vehicles.")
    assert 50 in [c.quantity for c in got]
    assert quantities_of(WH_HEAD + "On Friday, Russia sent 40 officers.") == []


# ----------------------------------------------------------------------------- our share of a commitment
@pytest.mark.parametrize("text,value", [
    ("We and our partners made a commitment for $8.5 billion to assist South Africa.\n\n"
     "The U.S. portion of that was $1 billion.", 1_000_000_000),
    ("Our share of the package is about $300 million.", 300_000_000),
    ("America's share of that will be $2 billion.", 2_000_000_000),
])
def test_our_share_of_a_commitment(text, value):
    assert value in [c.quantity for c in quantities_of(WH_HEAD + text)]


@pytest.mark.parametrize("text", [
    "Germany's share of that was $2 billion.",
    "The U.S. share of the market is $3 trillion.",
    "Their portion of that was $400 million.",
])
def test_share_not_ours(text):
    assert quantities_of(WH_HEAD + text) == []


# ----------------------------------------------------------------------------- structures set up, aid on its way
@pytest.mark.parametrize("text,value", [
    ("There's also going to be three ministerial tracks that are set up in the trade, foreign affairs, "
     "and finance areas.", 3),
    ("In the last month, five security assistance packages being rushed to Ukraine now that we have the funding.", 5),
    ("Two new humanitarian aid packages will be delivered next week.", 2),
])
def test_set_up_and_on_their_way(text, value):
    assert value in [c.quantity for c in quantities_of(WH_HEAD + text)]


@pytest.mark.parametrize("text", [
    "The House passed two packages last week.",
    "Three patients being rushed to the hospital were stable.",
    "We discussed two legislative packages.",
])
def test_not_set_up_or_on_their_way(text):
    assert quantities_of(WH_HEAD + text) == []


# ----------------------------------------------------------------------------- families: jobs, rates, capacities, accords
FAMILY_POSITIVES = [
    # jobs a pledged investment will create
    ("The new facility will create 3,000 new good-paying jobs in Texas.", 3000, "jobs"),
    ("This is the model of the facility that Samsung is starting to build in Taylor, Texas, "
     "that will create 3,000 new good-paying jobs.", 3000, "jobs"),
    ("Micron is announcing a $40 billion investment in memory chip manufacturing, which will create "
     "up to 40,000 new jobs.", 40000, "jobs"),
    ("The President will visit Wolfspeed, a manufacturer that is investing $5 billion to expand their "
     "North Carolina operations and create 1,800 good-paying jobs.", 1800, "jobs"),
    # a rate or target our side sets or endorses
    ("The G7 will endorse a global minimum tax of at least 15 percent.", 15, "percent"),
    ("Leaders will also endorse the historic agreement reached last week by finance ministers for a "
     "global minimum corporate tax of at least 15 percent.", 15, "percent"),
    ("The President rallied automakers, setting a national target of 50 percent electric vehicle sales "
     "by 2030.", 50, "percent"),
    ("The President set this ambitious goal of achieving 50 percent zero-emission vehicle sales in 2030.", 50, "percent"),
    # a capacity a programme auctions or builds
    ("USAID will support auctions for 11.6 gigawatts of renewable capacity.", 11.6, "gigawatts"),
    ("We will partner with the Department of Energy to conduct green energy auctions that will bid out "
     "a combined 11.6 gigawatts of solar capacity.", 11.6, "gigawatts"),
    # initiatives, agreements, pillars launched or concluded
    ("We will announce the conclusion of three pillars of the framework.", 3, "pillars"),
    ("Here we are, and we're announcing the conclusion of — of three pillars on the most cutting-edge "
     "issues.", 3, "pillars"),
    ("Secretary Raimondo will co-host an investor forum. This builds on our work. They will be joined "
     "by CEOs to launch two new IPEF and PGI initiatives in the region.", 2, "initiatives"),
    ("President Biden and Prime Minister Kishida will sign five agreements on clean energy.", 5, "agreements"),
    ("We will impose a tariff rate of 25 percent on steel.", 25, "percent"),
    ("The DFC will finance 500 megawatts of solar capacity.", 500, "megawatts"),
    # power a programme brings to the grid or online
    ("The partnership is introducing a mobile money application and bringing 500 megawatts of solar "
     "power to the grid.", 500, "megawatts"),
    ("Our loans will bring 2 gigawatts of clean power online.", 2, "gigawatts"),
    # climate targets our side sets: a reduction goal (lower bound of a range), a clean-energy
    # target with its deadline, a goal our agency works to
    ("Since day one, President Biden and Vice President Harris have treated climate change as a crisis.\n\n"
     "They set an ambitious, science-based goal of cutting our carbon pollution by 50 to 52 percent below "
     "2005 levels by 2030.", 50, "percent"),
    ("President Biden has led on climate from day one.\n\nThey painted a vision of the United States "
     "powered by a hundred percent clean electricity by 2035.", 100, "percent"),
    ("As a country, we committed to bold goals, including producing 100 percent clean electric by 2035.", 100, "percent"),
    ("EPA is boosting its voluntary Landfill Methane Outreach Program to achieve a national goal of 70 "
     "percent methane emissions capture.", 70, "percent"),
    # the people a plan of ours helps; the leaders our principal invites
    ("He launched the PREPARE plan to help more than half a billion people in developing countries adapt "
     "to climate change by 2030.", 500_000_000, "people"),
    ("Student loan relief is going to help almost 40 million people.", 40_000_000, "people"),
    ("So, the President has invited 49 African heads of state to Washington for a three-day summit.", 49, "heads"),
    ("We've invited about 40 leaders from around the world.", 40, "leaders"),
    # the trips our principals have made to carry a policy out
    ("Since this bill was passed, the President, the Cabinet members, and others of us have made over 200 "
     "trips to talk about the importance of rebuilding the roads.", 200, "trips"),
    ("We have taken 12 trips to the region this year.", 12, "trips"),
    ("The President, the Vice President, and the Cabinet have made over 300 trips to talk about this "
     "across the country.", 300, "trips"),
    # what a rule our agencies propose covers
    ("The pipeline safety administration — PHMSA — is busy.\n\nTomorrow, they're proposing new safety "
     "regulations covering about 400,000 miles of previously unregulated gathering lines.", 400_000, "miles"),
    ("All told, the estimate is that about 75 percent of all methane emissions will be covered by this EPA "
     "rule.", 75, "percent"),
    ("The EPA will issue rules that would cover 10,000 wells on public lands.", 10_000, "wells"),
    # a plan of ours sized after a colon; a reduction delivered "in the order of"
    ("You saw it in the domestic methane emissions reduction plan: 40 actions, including both regulatory "
     "and investment initiatives, led by the President.", 40, "actions"),
    ("We finalized regulations at the EPA to implement legislation that's going to deliver, in the order "
     "of 100 million metric tons in 2030, to phase down HFCs.", 100_000_000, "tons"),
    # a money goal of ours or shared with us, named by its amount
    ("The OECD reports that developed countries have very likely already achieved the $100 billion goal "
     "last year.", 100_000_000_000, "USD"),
    ("We will hit the President's $200 billion mobilization goal by 2027.", 200_000_000_000, "USD"),
    # initiatives our own relative clause launches
    ("Countries are joining one of the five international initiatives that I had previewed here.", 5, "initiatives"),
    ("We will talk about the three agreements we signed yesterday.", 3, "agreements"),
    # the sums of a pledge our side made, named by its owner
    ("We've taken very seriously the President's pledge both on the $11 billion and also on the $3 "
     "billion for PREPARE.", 11_000_000_000, "USD"),
    ("We've taken very seriously the President's pledge both on the $11 billion and also on the $3 "
     "billion for PREPARE.", 3_000_000_000, "USD"),
]


@pytest.mark.parametrize("text, value, unit", FAMILY_POSITIVES)
def test_family_commitment(text, value, unit):
    got = [(c.quantity, c.unit) for c in quantities_of(WH_HEAD + text)]
    assert any(q == value and unit in (u or "") for q, u in got), got


@pytest.mark.parametrize("text", [
    # jobs: statistics, forecasts, the past, another country
    "The economy has created 12 million jobs since the President took office.",
    "An analysis by Moody's found that the investment will create 7.5 million jobs.",
    "The President's plan would create 19 million jobs over the next decade.",
    "Those are investments that support 2.3 million American jobs.",
    "China's new plant will create 5,000 jobs in Shenzhen.",
    "The Senator later announced, “I welcome the company's plans to invest in the state and create up to 4,000 jobs.”",
    "The economy is investing in people and will create 4,000 jobs, we think.",
    # rates: statistics, idioms, others' targets, reporters' frames
    "The unemployment rate of 3.5 percent is the lowest in decades.",
    "We are 100 percent committed to the security of Israel.",
    "China imposed tariffs of 25 percent on our goods.",
    "The EU set a target of 55 percent for its emissions.",
    "We saw the OECD reach an agreement with 130 countries endorsing a global minimum tax of at least 15 percent.",
    "We look forward to welcoming the countries that announced they will work together to achieve the "
    "collective target of 70 percent renewable energy.",
    "Defense spending is 3.5 percent of GDP.",
    "The poll shows approval of 40 percent.",
    # capacities: others', statistics, needs
    "China installed 200 gigawatts of solar last year.",
    # trips: a past office's record, another's, a plan for the listener, a count of trips made by no verb
    "And he made more than 16 trips to the hemisphere as Vice President.",
    "According to the visitor logs, Jane Roe made more than 12 trips to the White House.",
    "China's premier has made 14 trips to Africa.",
    "The Israeli Cabinet members have made 14 trips to Washington.",
    "Israel's ministers have made 14 trips to Washington.",
    "We have two foreign trips we're still trying to finalize.",
    # "bring" sizes a programme only with the grid or "online" after it; a project described is none
    "The TransWest Express — which is going to bring three gigawatts of transmission capacity, wind "
    "energy into the West — took six years to go through that review.",
    "China brought 200 gigawatts of solar online last year.",
    "The world will need 500 gigawatts of new capacity.",
    "India plans to auction 50 gigawatts of solar capacity.",
    "Russia has exported 20 million tons of grain.",
    # accords: a list of topics, others' deals
    "The President will discuss three pillars of the framework.",
    "There are four pillars to this question.",
    "Russia signed 20 agreements with Iran.",
    "President Putin and President Xi signed 14 agreements.",
    "Japan and Korea will sign two agreements.",
    "They will impose a tariff rate of 25 percent on steel.",
    "Putin set his goal of 5 percent growth.",
    "This is part of a broader strategy of the City of La Crosse to achieve a goal of 100 percent renewable energy.",
    "The Ukrainians told us the news. They will launch two new initiatives.",
    # help and invitations: others', guesses, vague plurals
    "China will help 3 million people in Africa.",
    "If we're up to five hundred thousand, then you could be talking about helping well over a million people.",
    "The storm hurt 40,000 people and we will help millions of people recover.",
    "President Putin has invited 20 African heads of state to Sochi.",
    "We hope 40 leaders will attend.",
    # coverage: others' rules, a share that is a statistic
    "The European Commission met last week.\n\nThey are proposing rules covering 500,000 miles of pipelines.",
    "China is proposing standards covering 200,000 miles of railway.",
    "About 75 percent of all methane emissions come from oil and gas.",
    "About 30 percent of emissions will be covered by China's new rule.",
    # plans of others; a comma before a plain figure
    "You saw it in China's five-year plan: 40 actions on coal.",
    "Russia's plan: 12 steps to end the war.",
    "The agenda has three parts: 40 actions is a lot.",
    "China's factories produce, every year, 100 million tons of steel.",
    # money goals of others
    "The European Union's $20 billion goal is ambitious.",
    "China has met its $50 billion target.",
    "Beijing set a $10 billion goal for its Belt and Road.",
    # accords: others' relative clauses, pillars outlined
    "Once each of these five pillars I just outlined are scoped, we will launch negotiations.",
    "We discussed the four initiatives that they launched.",
    # targets and pledges of others
    "The European Union has led on climate.\n\nThey set a goal of cutting their emissions by 55 percent by 2030.",
    "China will get 50 percent clean electricity by 2035.",
    "Germany's plan is to reach 80 percent renewable power by 2030.",
    "The Germans will be powered by 80 percent renewable electricity by 2030.",
    "Japan's pledge of $10 billion was welcome.",
    "The EU's commitment of $5 billion to the fund came last week.",
])
def test_family_not_a_commitment(text):
    assert quantities_of(WH_HEAD + text) == []


def test_family_reporter_claim_ignored():
    text = (WH_HEAD + "Thanks.\n\nQ  Will the new facility create 3,000 new jobs in Texas? Will the G7 endorse "
            "a global minimum tax of at least 15 percent?\n\nSENIOR ADMINISTRATION OFFICIAL:  We'll see.")
    assert quantities_of(text) == []


# relief our side gives, money out the door, 'they' = documents of ours, section numbers as labels
@pytest.mark.parametrize("text, value", [
    ("-   $1.6 billion in debt relief from the Department of Education, including $29 million for the college", 1600000000),
    ("That brings our support to $53.1 million, with $50 million for emergency flood relief in Pakistan.", 50000000),
    ("It is a plan that will give borrowers up to $20,000 in relief.", 20000),
    ("We have $185 billion out of the door.", 185000000000),
    ("The Department has $40 billion already out the door.", 40000000000),
    ("And the President's budget includes $807 million in funding to HBCUs. Together, they propose a $950 "
     "increase to the maximum Pell Grant award.", 950),
    ("Our plan invests in families. They provide $300 in child care help to every family.", 300),
])
def test_relief_door_our_documents(text, value):
    assert value in [c.quantity for c in quantities_of(WH_HEAD + text)]


@pytest.mark.parametrize("text, value", [
    ("Republicans passed $2 trillion in tax relief for the wealthy.", 2000000000000),
    ("The storm did $5 billion in damage to homes and farms.", 5000000000),
    ("China has $20 billion out the door in Africa.", 20000000000),
    ("They got $50 billion out the door last year.", 50000000000),
    ("We offered $1 trillion. They propose a $2 trillion package.", 2000000000000),
    ("Speaker McCarthy's budget cuts education. Together, they propose a $500 cut to Pell Grants.", 500),
    ("The Republicans' plan came out last week. They propose $4 trillion in tax cuts.", 4000000000000),
    ("We opened a Section 301 investigation. The President calls for tripling the 301 tariffs on steel.", 301),
    ("Under Section 232, we will keep the 232 tariffs in place.", 232),
])
def test_relief_door_our_documents_not(text, value):
    assert value not in [c.quantity for c in quantities_of(WH_HEAD + text)]


# a semicolon list of funded items shares the first item's cue
def test_semicolon_list_of_funded_items():
    text = (WH_HEAD + "We're also announcing funding for the Calcasieu River Bridge, $150 million; the Metra line in "
            "Chicago, Illinois; the U.S.-75 corridor in Tulsa; the I-10 freight corridor — $60 million in Mississippi.")
    assert {150000000, 60000000} <= {c.quantity for c in quantities_of(text)}


@pytest.mark.parametrize("text", [
    # no committed item before; a clause inside the list; a statistic after the semicolon
    "The bridge is old; the I-10 freight corridor — $60 million in damage last year.",
    "We're announcing funding for the bridge, $150 million; the state has spent, on its own, $60 million.",
    "We're announcing funding for the bridge, $150 million; the damage was estimated at $60 million.",
])
def test_semicolon_list_not(text):
    assert 60000000 not in [c.quantity for c in quantities_of(WH_HEAD + text)]


# the projects our programme has under way, and the next sentence's elided "N more"
@pytest.mark.parametrize("text, value", [
    ("Last year, we had 7,000 projects that are in some level of formation.", 7000),
    ("Last year, we had 7,000 projects under way. And this year, we expect to have 20,000 more by the end "
     "of the year.", 20000),
    ("We are thrilled to announce that we have 656 projects being selected for funding.", 656),
])
def test_our_projects(text, value):
    assert value in [c.quantity for c in quantities_of(WH_HEAD + text)]


@pytest.mark.parametrize("text, value", [
    ("We have about 68,000 cases of the virus.", 68000),
    ("We have 74 days left in the session.", 74),
    ("China had 7,000 projects in Africa last year.", 7000),
    ("They had 700 projects under way. And this year, they expect to have 2,000 more by the end of the year.", 2000),
    ("Last year, we had 7,000 projects under way. And this year, we expect to have 20,000 more cases of flu.", 20000),
    ("Last year, we had 70 days of rain. And this year, we expect to have 20 more by the end of the year.", 20),
])
def test_our_projects_not(text, value):
    assert value not in [c.quantity for c in quantities_of(WH_HEAD + text)]


# a verbless opening that sizes our programme by its purpose
def test_fragment_sizes_programme():
    text = WH_HEAD + ("As you know, $1.2 trillion to rebuild the country and build a better America: roads, bridges, "
                      "airports and high-speed Internet.")
    assert 1200000000000 in [c.quantity for c in quantities_of(text)]


@pytest.mark.parametrize("text", [
    "It would cost $1.2 trillion to rebuild the country.",
    "$1.2 trillion to rebuild Gaza, the World Bank says.",
    "$1.2 trillion to rebuild the roads is what the engineers estimate.",
    "As you know, $1.2 trillion to give tax cuts to the wealthy.",
    "China's $1.2 trillion to build roads abroad.",
])
def test_fragment_sizes_programme_not(text):
    assert 1200000000000 not in [c.quantity for c in quantities_of(WH_HEAD + text)]


# what we must provide, counted by the plural subject of the sentence before ("N of them")
def test_of_them_counted_by_subject_before():
    text = WH_HEAD + ("And so, electrical vehicle charging stations are a critical part of what we're doing. "
                      "We have to lay down 500,000 of them.")
    got = [c for c in quantities_of(text) if c.quantity == 500000]
    assert got and "charging stations" in got[0].unit


@pytest.mark.parametrize("text", [
    "Charging stations are a critical part of it. They have to lay down 500,000 of them.",
    "Charging stations are a critical part of it. We have seen 500,000 of them.",
    "Chinese factories are everywhere. We have to lay down 500,000 of them.",
    "The stations are broken. Nobody knows about 500,000 of them.",
])
def test_of_them_not(text):
    assert 500000 not in [c.quantity for c in quantities_of(WH_HEAD + text)]


# ----------------------------------------------------------------------------- targets of sanctions and expulsions
@pytest.mark.parametrize("text, value, unit", [
    ("Also under the new EO, Treasury has today designated six Russian\ncompanies that support the SVR.", 6, "companies"),
    ("And the United\nStates is expelling 10 Russian officials from Russia's Washington, D.C., mission.", 10, "officials"),
    ("The Treasury Department sanctioned 14 Chinese firms for supplying the drones.", 14, "firms"),
    ("We are announcing the expulsion of 12 Russian diplomats.", 12, "diplomats"),
])
def test_sanction_targets_counted(text, value, unit):
    got = quantities_of(WH_HEAD + text)
    assert [c.quantity for c in got] == [value] and unit in got[0].unit


@pytest.mark.parametrize("text", [
    # the adversary expels or designates: not ours
    "Russia has expelled 10 American diplomats from Moscow.",
    "Moscow designated 20 American companies as undesirable.",
    # an anaphor to figures given before, and participants with no sanction verb
    "The United States is expelling these 10\nRussian individuals because of their conduct.",
    "We met with 30 American companies today.",
    "Some 40 Russian officials attended the talks.",
])
def test_sanction_targets_not(text):
    assert quantities_of(WH_HEAD + text) == []


# ----------------------------------------------------------------------------- measures announced as a count
@pytest.mark.parametrize("text, value", [
    ("So, to strengthen our collective approach to cyber security,\nwe're announcing two important steps.", 2),
    ("Today the President will announce 30 new steps to lower costs.", 30),
])
def test_announced_steps(text, value):
    assert [c.quantity for c in quantities_of(WH_HEAD + text)] == [value]


@pytest.mark.parametrize("text", [
    "There are three steps in the process.",
    "We took two steps back and looked at it.",
    "China announced 12 steps to reopen its economy.",
])
def test_announced_steps_not(text):
    assert quantities_of(WH_HEAD + text) == []


# ----------------------------------------------------------------------------- a figure restated after a dash
def test_percent_restated_in_money_after_a_dash():
    text = WH_HEAD + ("In his budget request, the President asked\nCongress to increase funding for this work by "
                      "roughly 50 percent —\n60-odd million dollars above what was enacted last year.")
    got = quantities_of(text)
    assert [(c.quantity, c.approximate) for c in got] == [(50, True), (60_000_000, True)]


@pytest.mark.parametrize("text", [
    # no kept figure before the dash
    "Inflation hit 9 percent — $60 million of losses for the port.",
    # a new sentence, not a restatement
    "We cut fees by 50 percent. $60 million was lost by the industry.",
])
def test_restated_money_needs_a_kept_figure(text):
    assert 60_000_000 not in [c.quantity for c in quantities_of(WH_HEAD + text)]


# ----------------------------------------------------------------------------- money from our statute
@pytest.mark.parametrize("text", [
    "The airport is modernizing Terminal E thanks to a $50 million investment from\nthe President's "
    "Bipartisan Infrastructure Law.",
    "The city will get a $50 million grant from the Inflation Reduction Act.",
])
def test_money_from_our_law(text):
    assert [c.quantity for c in quantities_of(WH_HEAD + text)] == [50_000_000]


@pytest.mark.parametrize("text", [
    "The airport is modernizing Terminal E thanks to a $50 million investment from Acme Holdings.",
    "The port got a $50 million loan from China's Belt and Road fund.",
])
def test_money_from_others_not_ours(text):
    assert 50_000_000 not in [c.quantity for c in quantities_of(WH_HEAD + text)]


def test_expelled_migrants_are_no_sanction_target():
    text = WH_HEAD + "We, last year, removed, returned, and expelled approximately 1.4 million individuals."
    assert quantities_of(text) == []


def test_money_corrected_after_a_dash_is_not_a_second_item():
    got = quantities_of(WH_HEAD + "The President has already cut the deficit by $1.2 — $1.7 trillion.")
    assert 1_700_000_000_000 not in [c.quantity for c in got]


@pytest.mark.parametrize("text, value", [
    ("Additionally, the United States is designating three leaders and supporters of the militia.", 3),
    ("The Treasury Department today sanctioned 15 Sinaloa Cartel members and six businesses.", 15),
])
def test_sanctioned_members_and_leaders(text, value):
    assert value in [c.quantity for c in quantities_of(WH_HEAD + text)]


def test_invited_leaders_still_the_invitation_family():
    assert [c.quantity for c in quantities_of(WH_HEAD + "We’ve invited over 40 leaders.")] == [40]


# transcript corrections in brackets: the corrected figure is the commitment, said once
@pytest.mark.parametrize("text, value, unit", [
    ("That was a $27.5 million \\[billion\\] tranche of money.", 27_500_000_000, "USD"),
    ("And right now we have 28 \\[2,800\\] bridges in the country under some level of formation.", 2800, "bridges"),
    ("We have shipped 200 \\[million\\] doses to 110 countries.", 200_000_000, "doses"),
])
def test_bracketed_correction(text, value, unit):
    got = quantities_of(WH_HEAD + text)
    assert [(c.quantity, c.unit) for c in got if c.quantity == value] == [(value, unit)]
    assert all(c.quantity not in (27_500_000, 28, 200) for c in got)


def test_bracketed_sic_and_year_are_no_correction():
    assert [q.value for q in quantities.scan("we have shipped 100,000 [sic] doses")] == [100000]
    assert [q.value for q in quantities.scan("back in 27 [2017] we")] == [27]


# work our side reports done, counted in what it handled
@pytest.mark.parametrize("text, value", [
    ("EPA continues to work around the clock to clean up the mess the company made, removing more than "
     "17,000 tons of hazardous waste and removing or treating more than 4 million gallons of water.", 4_000_000),
    ("EPA continues to work around the clock to clean up the mess the company made, removing more than "
     "17,000 tons of hazardous waste.", 17000),
    ("We have moved over 6,000 tons of contaminated soil.", 6000),
    ("Our C-17s dropped 18,000 meals along the coast.", 18000),
    ("Three U.S. C-130s dropped 60 bundles of food.", 60),
    ("There were 40 total pallets, 20 on each aircraft, which were dropped into the valley.", 40),
    ("We went inside over 300 homes to do indoor air assessments.", 300),
    ("We send out newsletters to about 4,000 homes and residents.", 4000),
    ("We have over, you know, 25,000 air quality monitoring tests strategically done around the area.", 25000),
    ("Yesterday, the Department of Education discharged loans for more than 100,000 of these borrowers.", 100000),
    ("The administration has canceled $30 billion in student loan debt for over 1.2 million Americans.", 1_200_000),
    ("There are almost 300 federal personnel deployed to Guam to assist residents.", 300),
    ("FEMA has deployed more than 90 Urban Search and Rescue personnel.", 90),
])
def test_deeds_counted(text, value):
    assert value in [c.quantity for c in quantities_of(WH_HEAD + text)]


@pytest.mark.parametrize("text, value", [
    ("Hispanic persons lost the most life expectancy, dropping 1.9 years.", 1.9),
    ("Gas prices have dropped 81 cents per gallon since their peak.", 81),
    ("The storm dropped 40 inches of snow on the city.", 40),
    ("Russian jets dropped 200 bombs on the city.", 200),
    ("The company removed 5,000 tons of waste, and we fined it.", 5000),
    ("The company made a mess, removing 5,000 trees from the park.", 5000),
    ("They went inside over 300 homes to look for survivors.", 300),
    ("Forecasters expect 300 homes to lose power.", 300),
    ("A plan that would have canceled student debt for 40 million Americans was struck down.", 40_000_000),
    ("Hundreds of thousands of borrowers were not getting credit for 20 years of payments.", 20),
    ("Russia has 100,000 troops deployed to Belarus.", 100000),
    ("We have 45,000 tests that show the air is safe.", 45000),
    ("And the U.S. commitment to ending the three epidemics stands.", 3),
])
def test_deeds_not(text, value):
    assert value not in [c.quantity for c in quantities_of(WH_HEAD + text)]


def test_elided_unit_without_more():
    text = WH_HEAD + "Last year, we had 7,000 projects that are in some level of formation. By the end of this year, we’ll have 20,000."
    assert [(c.quantity, c.unit) for c in quantities_of(text)] == [(7000, "projects"), (20000, "projects")]


def test_under_way_needs_our_have():
    assert quantities_of(WH_HEAD + "China has 400 bridges under construction in Africa.") == []


# the pay our side sets: an hourly wage level or floor, a raise our workers receive
@pytest.mark.parametrize("text, value", [
    ("He has been clear that his proposal is to increase the minimum wage to $15 an hour.", 15),
    ("We are raising firefighter pay to ensure no firefighter makes less than $15 an hour.", 15),
    ("This will enable the pay for these firefighters to rise to the equivalent of $15 per hour.", 15),
    ("OPM will develop recommendations to pay more federal workers at least $15.00 an hour.", 15),
    ("Our permanent firefighters on the frontlines will receive up to a 10 percent retention incentive.", 10),
])
def test_pay_level(text, value):
    assert value in [c.quantity for c in quantities_of(WH_HEAD + text)]


@pytest.mark.parametrize("text, value", [
    ("The federal minimum wage of $7.25 per hour is too low.", 7.25),
    ("It is ridiculous that federal firefighters get paid $13 an hour.", 13),
    ("He would have to pay his workers $15 an hour next month.", 15),
    ("Workers in Texas earn $9 an hour on average.", 9),
    ("Amazon will raise wages for its workers to $18 an hour.", 18),
    ("Russian soldiers receive a 10 percent bonus.", 10),
    ("Prices rose 3 percent last year, and wages got a 2 percent increase.", 2),
])
def test_pay_level_not(text, value):
    assert value not in [c.quantity for c in quantities_of(WH_HEAD + text)]


def test_relief_a_group_qualifies_for():
    text = WH_HEAD + "We have begun to discharge loans for the 80,000 borrowers who qualify for $9 billion in student loan relief."
    assert 9_000_000_000 in [c.quantity for c in quantities_of(text)]


@pytest.mark.parametrize("text, value", [
    ("Families qualify for a $7,500 tax credit.", 7500),
    ("Russian soldiers who qualify for $3 billion in aid are not our concern.", 3_000_000_000),
    ("Households qualify for $500 if their income is low.", 500),
])
def test_relief_a_group_qualifies_for_not(text, value):
    assert value not in [c.quantity for c in quantities_of(WH_HEAD + text)]


# those the relief reaches, then what they see
@pytest.mark.parametrize("text, value", [
    ("This week, those 80,000 borrowers who have been in repayment for over 20 years will start to see their "
     "student debt canceled.", 80000),
    ("Over 61,000 of them will have all of their remaining federal student loan debt canceled.", 61000),
])
def test_relief_reaches(text, value):
    assert value in [c.quantity for c in quantities_of(WH_HEAD + text)]


@pytest.mark.parametrize("text, value", [
    ("Over 61,000 of them would have all of their debt canceled under the plan.", 61000),
    ("Some 2 million people will see their rents go up.", 2_000_000),
    ("Parents can find locations offering vaccinations for kids ages 5 through 11 near them.", 5),
])
def test_relief_reaches_not(text, value):
    assert value not in [c.quantity for c in quantities_of(WH_HEAD + text)]


def test_struck_scale_then_bracketed_correction():
    got = quantities_of(WH_HEAD + "That was a $27.5 <s>million</s> \\[billion\\] tranche of money.")
    assert [c.quantity for c in got] == [27_500_000_000]
    assert quantities.scan("columns 28     2,800     bridges")[0].value == 28  # a table's spaces are no correction


# the people our principal grants clemency
@pytest.mark.parametrize("text, value", [
    ("To date, the President has commuted the sentences of 122 individuals.", 122),
    ("And he granted pardons to 20 individuals who committed nonviolent drug offenses.", 20),
    ("The four recipients are among the 16 individuals who received clemency from the President yesterday.", 16),
    ("He is also pardoning 39 individuals who were convicted of nonviolent crimes.", 39),
])
def test_clemency_granted(text, value):
    assert value in [c.quantity for c in quantities_of(WH_HEAD + text)]


@pytest.mark.parametrize("text, value", [
    ("The 16 individuals who received clemency from Governor Smith spoke today.", 16),
    ("Russia commuted the sentences of 40 individuals last year.", 40),
    ("About 300 people have asked for a pardon since 2020.", 300),
])
def test_clemency_granted_not(text, value):
    assert value not in [c.quantity for c in quantities_of(WH_HEAD + text)]


# the parties our teams work with; the institutions our sanctions block
@pytest.mark.parametrize("text, value", [
    ("Our COVID-19 Surge Response Teams are now working with 16 states to address their specific needs.", 16),
    ("Since launching our surge teams, we've been working directly with 10 states.", 10),
    ("These are severe costs that we're imposing today: shutting down the pipeline, fully blocking two major "
     "financial institutions, cutting off the government from Western financing.", 2),
])
def test_parties_worked_with_and_institutions_blocked(text, value):
    assert value in [c.quantity for c in quantities_of(WH_HEAD + text)]


@pytest.mark.parametrize("text, value", [
    ("China is working with 30 countries on its Belt and Road projects.", 30),
    ("We have been in touch with 16 states about the storm.", 16),
    ("The protesters are blocking two roads into the city.", 2),
])
def test_parties_worked_with_and_institutions_blocked_not(text, value):
    assert value not in [c.quantity for c in quantities_of(WH_HEAD + text)]


# a company's investment pledge our principal announces
@pytest.mark.parametrize("text, value", [
    ("We're on our way to Syracuse, where Micron has pledged to invest $100 billion over the next 20 years "
     "to build factories.", 100_000_000_000),
    ("Across Wisconsin, companies have committed over $3 billion in manufacturing and clean energy "
     "investments.", 3_000_000_000),
])
def test_private_investment_pledge(text, value):
    assert value in [c.quantity for c in quantities_of(WH_HEAD + text)]


@pytest.mark.parametrize("text, value", [
    ("China has pledged to invest $50 billion in the region.", 50_000_000_000),
    ("Saudi Arabia has pledged $40 million in assistance to Ukraine.", 40_000_000),
    ("Oil companies made $55 billion in profits last quarter.", 55_000_000_000),
])
def test_private_investment_pledge_not(text, value):
    assert value not in [c.quantity for c in quantities_of(WH_HEAD + text)]


# the places our side makes its goods available at; money an adversary holds
@pytest.mark.parametrize("text, value", [
    ("He marshaled a whole-of-government effort to make vaccines readily available and easy to get at more "
     "than 80,000 locations nationwide.", 80000),
    ("And we've moved quickly to make these treatments widely available at more than 41,000 locations "
     "across the country.", 41000),
])
def test_sites_made_available(text, value):
    assert value in [c.quantity for c in quantities_of(WH_HEAD + text)]


@pytest.mark.parametrize("text, value", [
    ("There are already 20,000 pharmacies across the country where free testing is available.", 20000),
    ("China made its vaccines available at 5,000 sites in Africa.", 5000),
    ("That's an $11 billion investment in a prized gas pipeline controlled by Russia that will now go to waste.",
     11_000_000_000),
])
def test_sites_made_available_not(text, value):
    assert value not in [c.quantity for c in quantities_of(WH_HEAD + text)]


# debt relief named by its sum and by whom it reaches; what is no commitment of ours: a poll share,
# a worked example for the listener, a predecessor's count, a discourse count
@pytest.mark.parametrize("text, value", [
    ("And our administration is proud to have already canceled $116 billion in student loan debt for "
     "3.4 million Americans.", 116_000_000_000),
    ("And our administration is proud to have already canceled $116 billion in student loan debt for "
     "3.4 million Americans.", 3_400_000),
    ("And to date, we've approved more than $45 billion in public service loan forgiveness for over 660,000 "
     "borrowers.", 660_000),
    ("Our administration has also provided targeted loan forgiveness, including by approving $10.5 billion "
     "for 491,000 borrowers with a total and permanent disability.", 491_000),
    ("We relieved another $1.2 billion for 1.3 million borrowers.", 1_300_000),
    ("We relieved another $1.2 billion for 300,000 residents of Puerto Rico.", 300_000),  # any people head
    ("If you look at what the President has done, he has granted 122 commutations.", 122),
    ("We removed burdensome restrictions put in place by the last administration restricting Puerto Rico's "
     "ability to access nearly $5 billion in funds.", 5_000_000_000),
    ("While the previous administration failed to secure an infrastructure law, President Biden delivered "
     "more than 50,000 infrastructure projects so far.", 50_000),
])
def test_relief_sum_and_whom(text, value):
    assert value in [c.quantity for c in quantities_of(WH_HEAD + text)]


@pytest.mark.parametrize("text, value", [
    ("The national debt reached $31 trillion in student loan debt for all Americans.", 31_000_000_000_000),
    ("Congress canceled a hearing on the $31 trillion national debt.", 31_000_000_000_000),
    ("The President's plans are popular. Fifty-eight percent also support expanding subsidies.", 58),
    ("That's because if you're enrolled in the plan and your loan accrues $50 in interest and your payment "
     "is only $30, the remaining $20 won't be charged.", 50),
    ("That's because if you're enrolled in the plan and your loan accrues $50 in interest and your payment "
     "is only $30, the remaining $20 won't be charged.", 20),
    # the example opening the sentence ("If" capitalised), and "suppose"
    ("If you're enrolled in the plan and your loan accrues $50 in interest and your payment is only $30, the "
     "remaining $20 won't be charged.", 50),
    ("Suppose you're enrolled in the plan and your loan accrues $50 in interest and your payment is only $30, "
     "the remaining $20 won't be charged.", 20),
    ("At the end of the previous administration, only 7,000 borrowers had been approved for the program.", 7000),
    ("We want this initiative to advance efforts that help workers to address those five challenges that I "
     "outlined.", 5),
    ("He would happily sign a bill to cancel $10,000 in student debt.", 10_000),
    ("Another 20 percent say they would be more likely to get the shot.", 20),
    ("China relieved $2 billion for 3 million borrowers in Zambia.", 3_000_000),
])
def test_relief_sum_and_whom_not(text, value):
    assert value not in [c.quantity for c in quantities_of(WH_HEAD + text)]


# what our programmes hand out, counted by those who got it, and shots given
@pytest.mark.parametrize("text, value", [
    ("Thanks to the American Rescue Plan, more than 150 million Americans have received direct checks.", 150_000_000),
    ("Thanks to the American Rescue Plan, more than 150 million Americans received checks.", 150_000_000),
    ("More than 2 million teachers have received their first shot.", 2_000_000),  # any people head
    ("Importantly, over 300,000 Americans got their first shot.", 300_000),
    ("We've now more than doubled that: Over 220 million vaccine shots have been administered across the "
     "country.", 220_000_000),
    ("Just today, we reported over 1.3 million shots in arms.", 1_300_000),
])
def test_handed_out_and_given(text, value):
    assert value in [c.quantity for c in quantities_of(WH_HEAD + text)]


@pytest.mark.parametrize("text, value", [
    ("Back in mid-July, we were averaging 260,000 first shots in arms per day.", 260_000),
    ("Three out of four eligible Americans have gotten at least their first shot.", 4),
    ("At the pace before the President took office, it would have taken 336 days to get 300 million shots "
     "in arms.", 300_000_000),
    ("When the polio vaccine was rolled out in the 1950s, it took three months to cross 2.5 million shots in arms.",
     2_500_000),
    ("China has administered over 900 million doses.", 900_000_000),
    ("More than 2 million Americans have received a letter from the agency.", 2_000_000),
])
def test_handed_out_and_given_not(text, value):
    assert value not in [c.quantity for c in quantities_of(WH_HEAD + text)]


# kept exactly when ours (one case kept, one not, for each rule):
# - goods named before the agent of our delivery verb;
# - an office inside one of our departments is our side; another government's office is not;
# - open positions on a board are vacancies, not hires
@pytest.mark.parametrize("text, value, ours", [
    ("Today, we organized a second flight into Gaza with 36,000 pounds of food assistance and medical supplies "
     "airlifted by DOD at USAID's request.", 36_000, True),
    ("The port received 20,000 tons of grain and fertilizer shipped by Russia.", 20_000, False),
    ("Today, the Department of Transportation's Office of Aviation Consumer Protection announced a record "
     "breaking $4.5 million settlement with Air Canada.", 4_500_000, True),
    ("Today, Canada's Transport Agency announced a $4.5 million settlement with Boeing.", 4_500_000, False),
    ("He is hoping to make decisions soon and those additional three open positions are an opportunity to add "
     "diversity to the board.", 3, False),
    ("We will hire 500 additional positions at the border.", 500, True),
], ids=["goods-then-our-agent", "goods-then-their-agent", "office-of-our-department", "office-of-theirs",
        "open-positions", "hired-positions"])
def test_kept_when_ours(text, value, ours):
    assert (value in [c.quantity for c in quantities_of(WH_HEAD + text)]) == ours


# blind-set families (round 20): deals and their value, money spent, financing through a bank, the
# next amount of a semicolon list, the share of a pledge met, "issued", a hedge after our verb,
# "they" after a joint subject with our principal, a verbless amount of an answer's list, sites we
# have, the names of a designation
@pytest.mark.parametrize("text, value", [
    ("We now have 20,000 free testing sites.", 20_000),
    ("We’ve got 20,000 free testing sites.", 20_000),  # no space before the contraction
    ("Under this administration, we’ve got four projects now that are greenlit for construction.", 4),
    ("We’ve over 45,000 air quality monitoring tests done around the area.", 45_000),
    ("Since January 2021, U.S. departments and agencies in the Prosper Africa Initiative have closed 12 deals "
     "in Angola with a combined value of $6.9 billion.", 12),
    ("Since January 2021, U.S. departments and agencies in the Prosper Africa Initiative have closed 12 deals "
     "in Angola with a combined value of $6.9 billion.", 6_900_000_000),
    ("Since January of 2021, we have closed 1,695 private sector deals valued at 63 and a half billion dollars "
     "in some 41 African countries.", 63_500_000_000),
    ("We made progress: closing more than 500 trade and investment deals, valued at more than $14 billion.", 500),
    ("In fact, the U.S. has approved financing through Ex-Im Bank of nearly two and a half billion dollars of "
     "renewable energy projects.", 2_500_000_000),
    ("And specifically here in Angola, I think we've spent over $3 billion just in the last couple of years.",
     3_000_000_000),
    ("We're also contributing about $9.7 million for technical electoral assistance to Iraq's High Electoral "
     "Commission through the U.N. mission in Iraq; about $1.2 million also from the State Department to "
     "restore Iraqi universities.", 1_200_000),
    ("Two years on, I'm proud to say that we've already met 80 percent of that commitment.", 80),
    ("And since October 7th, of course, we have issued, I think, five rounds of sanctions against Hamas.", 5),
    ("The State Department has issued 76,000 Special Immigrant Visas for Afghan partners.", 76_000),
    ("Today President Biden and the Executive Chairman of Hyundai Motor Group will discuss Hyundai's decision "
     "to invest in a new factory.  They will announce more than $11 billion in new investment in American "
     "manufacturing.", 11_000_000_000),
    ("We're also contributing about $9.7 million for electoral assistance.  This is part of an ongoing "
     "initiative.  Similar to the — in the COVID bucket, about $800,000 towards facilitating high-consequence "
     "pathogen track-and-trace methodology.", 800_000),
    ("These sanctions target violent settlers.  So, the first — there'll be four names announced later today.", 4),
    ("When the decision came out in June, the President came out with two executive actions to protect women.", 2),
    ("So the President has already put out $9 billion to erase these lead service lines.", 9_000_000_000),
    ("In addition to the two entities that are being sanctioned today, there are four individuals associated "
     "with the IRGC also being sanctioned under these authorities.", 4),
    ("As Russia continues to wage its brutal war, today the Biden-Harris administration is announcing a new "
     "$275 million security assistance package.", 275_000_000),
])
def test_round20_families_found(text, value):
    assert value in [c.quantity for c in quantities_of(WH_HEAD + text)]


@pytest.mark.parametrize("text, value", [
    ("We spent $150 billion as a nation last year cleaning up after these extreme weather events.", 150_000_000_000),
    ("Americans have spent $5 billion on tests this year.", 5_000_000_000),
    ("You have these seven major automakers coming together to install, I think, 30,000 high-powered EV "
     "charging stations.", 30_000),
    ("It lowers the cost of purchasing an electric vehicle by, I believe, about $12,500.", 12_500),
    ("Other donors have met 50 percent of their pledges.", 50),
    ("We've already met 80 percent of the world's demand.", 80),
    ("There are 40,000 pharmacies in the country.", 40_000),
    ("We have 40,000 pharmacies across the country.", 40_000),
    ("China has closed 12 deals with African governments.", 12),
    ("We're providing $5 million for schools.  For instance, the average household spends $10,400 to care "
     "for one child.", 10_400),
    ("We can proudly add five more names to a long list of Americans whose release we have secured.", 5),
    ("These are the sanctions.  I have three names to thank today.", 3),
    ("President Biden and President Xi will meet on Monday.  They will announce $5 billion in new investment.",
     5_000_000_000),
    ("We're providing $5 million for schools.  The governor says $3 million for roads is needed.", 3_000_000),
    ("It was a statement that was put out by eight of the nation's top doctors.", 8),
    ("We just put out two readouts of the calls.", 2),
    ("There are 30 companies sanctioned by Russia last year.", 30),
    ("Beijing says 12 firms were sanctioned under its new law.", 12),
    ("The Maduro administration has sent 500 troops to the border.", 500),
])
def test_round20_families_not(text, value):
    assert value not in [c.quantity for c in quantities_of(WH_HEAD + text)]


# an amount without a cue shares the noun of the kept amount coordinated right after it
@pytest.mark.parametrize("text, value", [
    ("Two of the biggest projects is the $250 million that you referenced, as well as a $900 million "
     "Sun Africa investment in solar.", 250_000_000),
    ("The biggest pieces are the $40 million and a $60 million grant for the port.", 40_000_000),
])
def test_coordinated_amount_shares_the_noun(text, value):
    got = [c for c in quantities_of(WH_HEAD + text) if c.quantity == value]
    assert got and got[0].unit == "USD" and got[0].phrase.startswith("$")


@pytest.mark.parametrize("text, value", [
    # someone else's money, a clause between, nothing kept after
    ("We welcome $250 million from the Gates Foundation, as well as a $900 million investment in solar.", 250_000_000),
    ("The state had $250 million, which it spent last year, and a $900 million investment in solar.", 250_000_000),
    ("Two of the biggest numbers are the $250 million that you referenced, as well as the $900 million.", 250_000_000),
])
def test_coordinated_amount_not(text, value):
    assert value not in [c.quantity for c in quantities_of(WH_HEAD + text)]


# "support for" sizes what is funded; not the people helped, not a stance
@pytest.mark.parametrize("text, value", [
    ("But the partnership is really a support for over 180 rural bridges, upgrading the 4G and 5G digital "
     "connectivity across Angola.", 180),
    ("We've provided federal support for over 500 community vaccination centers.", 500),
])
def test_support_for_what_is_funded(text, value):
    assert value in [c.quantity for c in quantities_of(WH_HEAD + text)]


@pytest.mark.parametrize("text, value", [
    ("The Speaker's bill would reduce support for as many as 7.5 million children with disabilities.", 7_500_000),
    ("The reforms in that bill would have put critical support for nearly a million vulnerable children at risk.", 1_000_000),
    ("You saw the U.N. Ambassador announce our support for two permanent seats for African countries.", 2),
])
def test_support_for_not(text, value):
    assert value not in [c.quantity for c in quantities_of(WH_HEAD + text)]


# a count our side has set as its goal, its owner named
@pytest.mark.parametrize("text, value", [
    ("We're ahead of schedule on the President's ambitious goal of 100 million shots in 100 days.", 100_000_000),
    ("We will need to build on this progress to meet our new goal of 200 million shots in the first 100 days.", 200_000_000),
    ("We will continue to work to increase the flow, with our goal of up to 150 trucks.", 150),
])
def test_count_goal_ours(text, value):
    assert value in [c.quantity for c in quantities_of(WH_HEAD + text)]


@pytest.mark.parametrize("text, value", [
    ("Johnson & Johnson's ability to meet its April goal of 24 million doses depends on the plant.", 24_000_000),
    ("President Zelenskyy's goal of 500 new drones a month is ambitious.", 500),
    ("The city set a goal of 5,000 new homes.", 5000),
])
def test_count_goal_not_ours(text, value):
    assert value not in [c.quantity for c in quantities_of(WH_HEAD + text)]


# a partnership our side secures, with the infinitive that takes the number
@pytest.mark.parametrize("text, value, ok", [
    ("We recently secured a new partnership between Sanofi and Moderna to manufacture 200 million doses.", 200_000_000, True),
    ("China signed a partnership with Russia to build 10 reactors.", 10, False),
])
def test_partnership_frame(text, value, ok):
    assert (value in [c.quantity for c in quantities_of(WH_HEAD + text)]) == ok


# an emissions-reduction target our side sets (a goal of ours, our emissions, or our side the
# subject; a target year after it), and the tons it cuts restated after a dash
@pytest.mark.parametrize("text, value", [
    ("This framework is going to put us on a path to achieve our climate goals of reducing emissions\n"
     "50 to 52 percent by 2030.", 50),
    ("The bill will enable us to meet the President's ambitious goals of reducing our emissions by 50\n"
     "percent below 2005 levels by 2030.", 50),
    ("It puts us on a path to reach the Biden-Harris administration's goal of reducing emissions by 50\n"
     "to 52 percent below 2005 levels by 2030.", 50),
    ("The United States — all of us working together — will reduce our emissions by 61 to 66 percent\n"
     "by 2035.", 61),
    ("And it's going to let us reduce emissions well over a gigaton — that's 1 billion metric tons —\n"
     "in 2030.", 1_000_000_000),
    ("We will reduce U.S. greenhouse gas emissions 50 to 52 percent below 2005 levels in 2030.", 50),
])
def test_emission_target_ours(text, value):
    assert value in [c.quantity for c in quantities_of(WH_HEAD + text)]


@pytest.mark.parametrize("text, value", [
    ("Japan said they'd cut emissions 46 to 50 percent by 2030.", 46),
    ("Countries need to cut emissions 45 percent by 2030.", 45),
    ("We have cut emissions 20 percent since 2005.", 20),
    ("China's target of cutting emissions 65 percent by 2030 is not enough.", 65),
    ("The EU's goal of reducing emissions 55 percent by 2030 is ambitious.", 55),
    ("Scientists say the world must reduce emissions by 45 percent by 2030.", 45),
    ("It will help them cut emissions 40 percent by 2030.", 40),
    ("The plan would reduce emissions — that's 300 million tons — over time.", 300_000_000),
])
def test_emission_target_not_ours(text, value):
    assert value not in [c.quantity for c in quantities_of(WH_HEAD + text)]


# troops our side moves to a place (a moving verb, a capitalised destination; "us" the mover)
@pytest.mark.parametrize("text, values", [
    ("Second, we are moving 1,700 service members from Fort Bragg to Poland, and approximately 300\n"
     "service members from Fort Bragg to Germany.", [1700, 300]),
    ("Germany has enabled us to get a Stryker squadron of 1,000 service members very quickly to Romania.", [1000]),
    ("The Pentagon is moving 2,000 troops to Germany.", [2000]),
])
def test_troops_moved_ours(text, values):
    got = [c.quantity for c in quantities_of(WH_HEAD + text)]
    assert all(v in got for v in values), got


@pytest.mark.parametrize("text, value", [
    ("We assess that North Korea moved at least 3,000 soldiers into eastern Russia.", 3000),
    ("Russia has moved 100,000 troops to the border with Ukraine.", 100_000),
    ("Putin got 100,000 troops to Belarus.", 100_000),
    ("Germany is moving 2,000 troops to Lithuania.", 2000),
    ("We have 2,500 service members in Iraq.", 2500),
    ("We will get 10,000 people to the polls in November.", 10_000),
    ("The 13 service members who died at Abbey Gate were heroes.", 13),
])
def test_troops_moved_not_ours(text, value):
    assert value not in [c.quantity for c in quantities_of(WH_HEAD + text)]


# an amount of money named as such ("an initial amount of $N"), and a joint subject with one
# conjunct ours ("the Export-Import Bank and the Ministry of Economy of Ukraine will sign")
@pytest.mark.parametrize("text, value, ok", [
    ("The Export-Import Bank and the Ministry of Economy of Ukraine will sign an MOU with an initial\n"
     "amount of $3 billion in EXIM support.", 3_000_000_000, True),
    ("The fund will start with an initial amount of $50 million.", 50_000_000, True),
    ("Germany and France will sign an agreement with an initial amount of $2 billion.", 2_000_000_000, False),
    ("China and the Ministry of Energy of Russia will sign a deal with an initial amount of $4 billion.", 4_000_000_000, False),
    ("They will cut the amount of 40 tons of waste.", 40, False),
])
def test_amount_of_and_joint_subject(text, value, ok):
    assert (value in [c.quantity for c in quantities_of(WH_HEAD + text)]) == ok


# events or sessions our side organises (an organising verb right before the count)
@pytest.mark.parametrize("text, value, ok", [
    ("Then today, the U.S. government organized nine live and in-person thematically focused events in\n"
     "Washington.", 9, True),
    # any of the event heads after "and/or <words>", not only events and sessions
    ("This month the State Department hosted six virtual and in-person training workshops in Nairobi.", 6, True),
    ("And we've held over 15 webinars and listening sessions with key medical associations.", 15, True),
    ("More than 100 organizations have committed to hosting over a thousand events the first weekend.", 1000, False),
    ("Our civil society partners kicked us off yesterday with a series of more than 50 events they organized.", 50, False),
    ("Russia held 12 events in occupied Crimea.", 12, False),
    ("If we held 20 events, nobody would come.", 20, False),
])
def test_events_organised(text, value, ok):
    assert (value in [c.quantity for c in quantities_of(WH_HEAD + text)]) == ok


# the size of our delegation, or of our officials' travel
@pytest.mark.parametrize("text, value, ok", [
    ("We're going to have a very strong presentation overall by the United States in Glasgow, including\n"
     "more than about 10 Cabinet Secretaries and agency heads.", 10, True),
    ("More than 50 members of Congress will be coming at one point or another on various codels.", 50, True),
    ("In the first two weeks of August alone, 14 Cabinet secretaries will travel to at least 26 cities.", 14, True),
    ("Ten days ago, 55 members of Congress, led by Representative Jim McGovern, signed a letter.", 55, False),
    ("Five Israeli cabinet members will travel to Washington.", 5, False),
    ("China sent 20 senior officials to the United States.", 20, False),
    ("The Task Force will include more than 20 Cabinet members and department heads.", 20, False),
    ("Leaders from 30 countries will attend, and 12 new members joined the talks.", 12, False),
])
def test_delegation_size(text, value, ok):
    assert (value in [c.quantity for c in quantities_of(WH_HEAD + text)]) == ok


# a joint subject with an adversary, or the value of a deal our side is only a party to, is not
# our money; our side joined with a partner still commits
@pytest.mark.parametrize("text, value, ok", [
    ("Russia and the United States will sign a deal worth $5 billion.", 5_000_000_000, False),
    ("The United States and China agreed to cut tariffs by 25 percent.", 25, False),
    ("President Biden and President Xi agreed to provide $5 billion.", 5_000_000_000, False),
    ("Russia and the United States will provide $5 billion.", 5_000_000_000, False),
    ("Russia, Japan and the United States will provide $5 billion.", 5_000_000_000, False),
    ("Canada, Japan, and the United States will provide $5 billion for clean energy.", 5_000_000_000, True),
    ("Japan and the United States will sign a deal worth $5 billion.", 5_000_000_000, False),
    ("Japan and the United States will provide $5 billion for clean energy.", 5_000_000_000, True),
    ("USAID and the Department of State will provide $5 million.", 5_000_000, True),
    ("The United States will sign a deal worth $5 billion to buy vaccines.", 5_000_000_000, True),
])
def test_joint_subject(text, value, ok):
    assert (value in [c.quantity for c in quantities_of(WH_HEAD + text)]) == ok


# an irregular past after a name shows the subject ("set", "put", "won"), as "-ed" does
@pytest.mark.parametrize("text, value, ok", [
    ("After China announced its plan, the President set a goal to deliver 100 million shots.", 100_000_000, True),
    ("Brazil has a plan, but the President set a target to cut emissions by 50 percent.", 50, True),
    ("After China announced its plan, the President set a target to reduce emissions by 50 percent.", 50, True),
    ("The President welcomed China's plan to reduce emissions by 50 percent.", 50, False),
    ("After Japan announced its plan, the President put $5 billion into the fund.", 5_000_000_000, True),
    ("After Japan announced its plan, the Secretary set aside $5 billion for the fund.", 5_000_000_000, True),
    ("After we announced our plan, Japan set aside $5 billion for the fund.", 5_000_000_000, False),
    ("When we met, Hamas held 200 hostages in Gaza.", 200, False),
])
def test_irregular_past_subject(text, value, ok):
    assert (value in [c.quantity for c in quantities_of(WH_HEAD + text)]) == ok


def test_irregular_past_status():
    got = quantities_of(WH_HEAD + "And we got 3 million booster shots into arms over the weekend.")
    assert [c.status for c in got] == ["delivered"]
    # "cut" is also the present: a plan to cut is no delivery
    got = quantities_of(WH_HEAD + "The President believes we must cut wasteful spending by $30 billion.")
    assert [c.status for c in got] != ["delivered"]


# two amounts of one size: a new one (indefinite article) for another place is its own item;
# a restatement (no name, the same place, or "the ...") is one item
def test_same_size_other_recipient():
    text = (WH_HEAD + "We have been in touch with Moroccan officials, and USAID has allocated a million dollars to\n"
            "assist in response relief.\n\nThe United States sent emergency funds to relief organizations in Libya,\n"
            "and we will also send an initial $1 million to support Libyan efforts.\n\nAnd we are making\n"
            "available up to $1 million in initial humanitarian assistance to support people in the areas most\n"
            "affected by the earthquake.")
    assert [c.quantity for c in quantities_of(text)] == [1_000_000, 1_000_000]
    for restated in ("We sent $1 million to Morocco. The $1 million for Libya will help.",
                     "We sent $1 million to Morocco. We will send an additional $1 million to Morocco's neighbors.",
                     "We committed $1.2 billion in security assistance to Ukraine. That $1.2 billion has helped\n"
                     "them push back against the Russian military."):
        assert len(quantities_of(WH_HEAD + restated)) == 1, restated


# a count a verb of memory governs is remembered, not delivered
@pytest.mark.parametrize("text, value, ok", [
    ("The two leaders discussed the shared commitment of Israel and the United States to remember the\n"
     "6 million Jews who were systematically targeted and slaughtered in the Holocaust.", 6_000_000, False),
    ("Today we honor the 13 service members who gave their lives.", 13, False),
    ("We will honor our $5 billion pledge to the Global Fund.", 5_000_000_000, True),
    ("We are committed to train 6,000 teachers.", 6000, True),
])
def test_commemorated_counts(text, value, ok):
    assert (value in [c.quantity for c in quantities_of(WH_HEAD + text)]) == ok


# what a task needed ("it took ..."), and "my two cents", are no commitments
@pytest.mark.parametrize("text, value, ok", [
    ("What we also know now is that, given it took 6,000 troops to protect the airport, this was not a\n"
     "scenario we could keep.", 6000, False),
    ("It will take $50 billion to rebuild the bridges.", 50_000_000_000, False),
    ("Carole just laid out the case, but I just want to add my two cents here.", 2, False),
    ("We will send 6,000 troops to protect the airport, and it will take them two days.", 6000, True),
    ("We will cut the gas tax by 18 cents.", 18, True),
])
def test_requirement_and_cents_idiom(text, value, ok):
    assert (value in [c.quantity for c in quantities_of(WH_HEAD + text)]) == ok


# the parts of a plan of ours, said as what the plan holds (like "measures in a package")
@pytest.mark.parametrize("text, value, ok", [
    ("The pact has three components.  First, enhanced information sharing.", 3, True),
    ("There are five overarching goals for the National Biodefense Strategy, and I want to walk you\n"
     "through each.", 5, True),
    ("Our strategy has four key pillars, and I want to go through them.", 4, True),
    ("There’s two parts to your question.", 2, False),
    ("And it has three elements to it.  The first is humane.", 3, False),
    ("From day one, there’s been three pillars to the president’s economic plan.", 3, False),
    ("The Russian proposal has two elements, and we rejected both.", 2, False),
    ("Beijing's plan has four components.", 4, False),
])
def test_plan_parts(text, value, ok):
    assert (value in [c.quantity for c in quantities_of(WH_HEAD + text)]) == ok


# the deed our verb orders or funds, named between the verb and the figure
@pytest.mark.parametrize("text, value, ok", [
    ("The administration has funded the scale-up of about 50,000 community health workers.", 50_000, True),
    ("The President authorized the deployment of 3,000 troops to Europe.", 3000, True),
    ("And we quickly ordered the production of 5 million more vaccine.", 5_000_000, True),
    ("We funded the study of 300 patients in the trial.", 300, False),
    ("Russia has ordered the deployment of 10,000 troops to the border.", 10_000, False),
])
def test_deed_of(text, value, ok):
    assert (value in [c.quantity for c in quantities_of(WH_HEAD + text)]) == ok


# the parties our programme helps, counted as its reach
@pytest.mark.parametrize("text, value, ok", [
    ("The United States will make a commitment to support directly at least 50 countries to\n"
     "strengthen their capacities.", 50, True),
    ("Our surge teams are now supporting 18 states as they battle Delta.", 18, True),
    ("China has helped 40 countries build ports.", 40, False),
    ("We have embassies in 170 countries.", 170, False),
])
def test_help_parties(text, value, ok):
    assert (value in [c.quantity for c in quantities_of(WH_HEAD + text)]) == ok


# the figure restated between dashes or brackets: the unit comes after the restatement
@pytest.mark.parametrize("text, value, unit", [
    ("The President made a commitment of 500 million — half a billion — Pfizer vaccines that the U.S.\n"
     "will provide.", 500_000_000, "vaccines"),
    ("We will send 1,000 (one thousand) troops to Poland.", 1000, "troops"),
])
def test_restated_figure_unit(text, value, unit):
    got = [c for c in quantities_of(WH_HEAD + text) if c.quantity == value]
    assert got and unit in (got[0].unit or "")


def test_dash_apposition_not_a_restatement():
    # the words between the dashes are no figure: the unit is not read past them
    text = "We will send 500 — the first tranche — troops and more later."
    assert 500 not in [c.quantity for c in quantities_of(WH_HEAD + text)]


# a sentence that is only an amount and where it goes: an item of a list of what we funded
@pytest.mark.parametrize("text, value, ok", [
    ("Thanks. A hundred and fifty million dollars to CEPI for vaccine.", 150_000_000, True),
    ("Thanks. And $75 million for the West Bank and Gaza.", 75_000_000, True),
    ("Thanks. $80 billion in profit last year.", 80_000_000_000, False),
    ("Thanks. $10 million to Acme, which they invested.", 10_000_000, False),
    ("Thanks. About $500 billion to the Russian army for tanks.", 500_000_000_000, False),
    ("Thanks. $12 billion to insurers is what premiums cost.", 12_000_000_000, False),
])
def test_verbless_money_item(text, value, ok):
    assert (value in [c.quantity for c in quantities_of(WH_HEAD + text)]) == ok
