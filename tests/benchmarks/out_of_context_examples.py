"""Ten articles written for the project, each with one sentence of another
story put inside a paragraph (marked [[ ]] below, the marks removed before
linting), in everyday wording unlike the benchmark's BBC sentences: which of
them does OC101's default find, and does it flag anything else?

    python tests/benchmarks/out_of_context_examples.py [--table path.npz] [--threshold 1.46]
"""
from __future__ import annotations

import argparse
from pathlib import Path

from newslint import Document, Linter
from newslint.rules.out_of_context import static

ARTICLES = [
    """Council to collect bins every three weeks

Households in the district will have their general waste collected every three weeks from April, the council has confirmed. Recycling and food waste will still be picked up weekly.

Council leader Mary Holt said the change would save about two million pounds a year and push more people to recycle. [[The striker signed a new three-year contract with the club on Friday afternoon.]] Residents who need larger bins because of medical needs can apply for one online.

Some residents have complained that overflowing bins will attract foxes and rats. The council said crews would check problem streets and that extra bags would be collected over Christmas.

Opposition councillors said the plan had been rushed and asked for a public vote on it before any change is made.
""",
    """Village bakery reopens after fire

A family bakery that was badly damaged by a fire last summer has reopened its doors to customers. Queues formed outside the shop on the high street before it opened at seven in the morning.

Owner Tom Ridley said the support of neighbours had kept the business going while builders repaired the kitchen and the roof. Regular customers raised more than eight thousand pounds to help pay the staff during the closure.

The new ovens mean the bakery can make twice as many loaves each day, he said. [[Heavy snow is expected to close several mountain roads in the north of the country tonight.]] The shop will also sell cakes made by pupils at the nearby college.

Fire investigators said last year's blaze was started by a fault in an old fridge at the back of the shop.
""",
    """Hospital waiting times rise again

The number of patients waiting more than a year for routine operations at the city's main hospital has risen for the third month in a row. Figures published on Thursday show nearly four thousand people on the list.

Hospital managers blamed a shortage of nurses and a busy winter with many flu cases. They said extra weekend clinics would be opened to treat the patients who have waited longest.

Patients' groups said people were living in pain while they waited for hip and knee replacements. [[The band will play three nights at the arena in June, with tickets going on sale next week.]] One woman said she had been waiting for nineteen months and could no longer walk to the shops.

The health minister said more money had been given to the hospital and that waiting lists would begin to fall by the summer.
""",
    """New phone battery lasts two days, maker says

A smartphone maker has unveiled a new handset which it says can run for two full days on a single charge. The phone goes on sale next month and will cost less than last year's model.

The company said a larger battery and a more efficient chip were behind the longer life. Reviewers who tried early versions said the screen was bright and the camera had improved in low light.

Analysts said battery life had become the main reason people upgrade their phones. [[Police are appealing for witnesses after a man was hurt in a fight outside a pub on Saturday night.]] The firm hopes the new model will win back customers who switched to rival brands.

The phone will be sold in three colours, and a cheaper version with less storage will follow later in the year.
""",
    """Thousands run city marathon in the sun

More than twelve thousand runners took part in the city marathon on Sunday under clear skies and warm sunshine. The race was won by a local teacher who finished in just over two hours and fifteen minutes.

Organisers handed out extra water at every station because of the heat, and first aid teams treated dozens of runners for exhaustion. Crowds lined the route along the river to cheer the runners home.

Many people ran for charity, raising money for hospitals and schools. [[Prices in the shops rose faster than expected last month, driven by the cost of food and energy.]] One man completed the race dressed as a giant banana to raise money for a children's hospice.

Organisers said next year's race would start an hour earlier to avoid the hottest part of the day.
""",
    """Museum shows lost paintings of seaside town

A museum has opened an exhibition of paintings of the town's harbour that were thought to have been lost for more than a century. The twenty pictures were found in the attic of a farmhouse last year.

The paintings show fishing boats, market days and the old pier before it was destroyed in a storm. Curators said the artist had painted the town every summer for almost thirty years.

Visitors on the first day said the pictures showed a town they only knew from their grandparents' stories. [[The government said it would cut the tax on fuel by five pence a litre from next month.]] The museum has asked families to lend old photographs so they can be shown next to the paintings.

The exhibition is free and will stay open until the end of October.
""",
    """Train drivers to strike over pay

Train drivers at the country's largest rail company will go on strike for two days next week in a dispute over pay. Passengers have been told to expect very few trains and to work from home if they can.

The drivers' union said its members had not had a pay rise in three years while prices had gone up sharply. The rail company said it had made a fair offer and called the strike unnecessary.

Commuters said they were tired of the disruption, which has hit services for most of the year. [[The actress said she was thrilled to win the award and thanked her mother for always believing in her.]] Some schools have said pupils may study at home on the strike days.

Talks between the union and the company are due to resume on Monday.
""",
    """Farmers expect poor potato harvest

Farmers in the east of the country say this year's potato harvest could be the smallest in a decade after months of dry weather. Some fields have produced less than half the usual crop.

The farmers' union said many growers had been unable to water their crops because of limits on taking water from rivers. Prices paid to farmers have risen, but not enough to cover their losses.

Supermarkets said shoppers might see smaller potatoes on the shelves this winter. [[The goalkeeper was sent off in the second half after bringing down the striker in the penalty area.]] One farmer said he had never seen the soil so dry in forty years of working the land.

The government said it would look at whether farmers could get help to build reservoirs on their land.
""",
    """School sports day returns after three years

Pupils at a primary school enjoyed their first sports day in three years on Friday after it had been cancelled because of the weather and building work. Parents packed the field to watch the races.

Children took part in the egg and spoon race, the sack race and a relay around the school field. The head teacher said the day was about having fun rather than winning medals.

A group of grandparents ran their own race at the end of the afternoon, to loud cheers from the children. [[Investors sold shares in the company after it warned that profits would be lower than expected this year.]] The school raised more than six hundred pounds from selling cakes and drinks.

Next year the school hopes to invite pupils from two nearby schools to join in.
""",
    """Storm brings flooding to coastal towns

Heavy rain and strong winds caused flooding in several coastal towns overnight, with dozens of homes left without power. Firefighters rescued a family from a car that was stuck in deep water on a country lane.

The weather service had warned of gusts of up to eighty miles an hour, and several trees were blown down across roads. Ferries between the mainland and the islands were cancelled for the day.

Residents spent the morning clearing mud and water from their homes and shops. [[The new menu includes vegan burgers and a range of cheaper meals for children.]] Volunteers handed out hot drinks and sandbags at the town hall.

More rain is expected later in the week, and people living near rivers have been told to stay alert.
""",
]


def cases() -> list[tuple[str, int, int]]:
    """Each article without the marks, and where its injected sentence is."""
    result = []
    for marked in ARTICLES:
        start = marked.index("[[")
        end = marked.index("]]") - 2
        result.append((marked.replace("[[", "").replace("]]", ""), start, end))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, help="another static table to use")
    parser.add_argument("--threshold", type=float, help="static-threshold (default: config.yaml's)")
    args = parser.parse_args()
    if args.table:
        static.TABLE = args.table
        static.table.cache_clear()
    rules = {"OC101": {"static-threshold": args.threshold}} if args.threshold is not None else {}
    linter = Linter(select=["OC101"], rules=rules)
    found = other = 0
    for number, (text, start, end) in enumerate(cases(), 1):
        document = Document(text)
        hit = False
        for finding in linter.lint_text(text, f"example{number}"):
            line = document.lines[finding.line - 1]
            offset = line.start + finding.col - 1
            if start <= offset < end:
                hit = True
            else:
                other += 1
                print(f"  example {number}: other finding: {finding.message}")
        found += hit
        print(f"example {number}: {'found' if hit else 'missed'}: {text[start:end][:70]}")
    print(f"found {found} of {len(ARTICLES)}; {other} other findings")


if __name__ == "__main__":
    main()
