"""Ten more articles written for the project (issue 11, helper oc101), each
with one sentence of another story inside a paragraph (marked [[ ]]),
phrased unlike the benchmark's BBC sentences and unlike the two earlier
sets: a pronoun subject that the host article could own, a market close in
figures, a passive arrest, a product's specification, a court's ruling,
another story's quotation, a sentence sharing a common word with its host,
a short one, a long one; four articles have no blank line between
paragraphs.

    python tests/benchmarks/out_of_context_examples_oc101.py [--table path.npz] [--threshold 1.46]
"""
from __future__ import annotations

import out_of_context_examples

ARTICLES = [
    """Zoo welcomes twin red panda cubs

Keepers at the city zoo are celebrating the birth of twin red panda cubs, the first to be born there in more than a decade.

The cubs were born in late June but spent their first weeks in a nest box with their mother, and keepers only confirmed there were two when they weighed them last week. [[She told reporters the vaccine trial would finish by March and results would follow in the summer.]] Both cubs are feeding well and have started to explore their enclosure.

Red pandas are endangered in the wild, where their bamboo forests are being cut down for farmland and roads.

Visitors may see the cubs from next month, when they are expected to spend more time outside the den.
""",
    """Old swing bridge to close for repairs
The swing bridge over the harbour will close to traffic for four months from January while engineers replace its rusting gears and repaint the steel.
Drivers will face a diversion of about three miles through the town centre, and a temporary footbridge will be put up for people walking to the station. [[The FTSE 100 closed 212 points lower at 7,431, its worst day since the spring.]] The council said the work could not wait any longer because parts of the mechanism were more than a hundred years old.
Shop owners on the quay have asked for free parking during the closure to keep customers coming.
The bridge last closed for major repairs in 1987.
""",
    """Village hall roof fixed in time for centenary

Volunteers have finished repairing the leaking roof of a village hall just weeks before it celebrates its hundredth birthday.

The hall's committee raised the money through quiz nights, a sponsored walk and a grant from the lottery. Around forty people gave up their weekends to help the builders clear the old tiles and carry new ones up the scaffolding. [[Two men have been arrested in connection with a robbery at a jewellery shop in the city centre.]] The committee now plans to replace the hall's old heating before winter.

A party with a brass band and an exhibition of old photographs will mark the centenary in October.
""",
    """Allotment waiting list reaches record length

More than six hundred people are now waiting for an allotment in the town, the longest list since records began, according to the council.

Some residents have been waiting for nine years for a plot. Gardeners say interest has grown since the pandemic, when many people took up growing their own fruit and vegetables. [[The new laptop has a fourteen-inch screen, sixteen gigabytes of memory and weighs just over a kilogram.]] The council said it was looking for unused land that could be turned into new plots.

Existing plot holders have been asked to share their plots with newcomers where they can.
""",
    """Choir wins national competition
A community choir made up of hospital workers has won a national singing competition after just two years together.
The choir, which rehearses in the hospital canteen after night shifts, beat more than eighty groups in the final in front of a panel of professional singers. [[The appeal court ruled that the landlord had acted unlawfully and ordered him to repay the deposit in full.]] Members said they sang to forget the stress of the wards.
The prize includes a recording session at a professional studio and a concert next spring.
Their conductor, a retired music teacher, said she had never been prouder of a group of singers.
""",
    """Bus routes cut as passenger numbers fall

A bus company is to withdraw four rural routes next month, saying too few people use them to cover the cost of running the buses.

Villagers say the cuts will leave older people without a way to reach the doctor or the shops in town. The company said some of the buses on those routes carried fewer than three passengers a trip. [["We will not rest until the person responsible is caught," the detective said outside the house.]] Local councillors have asked the county to pay for a smaller minibus service instead.

A petition against the cuts has been signed by more than two thousand people.
""",
    """Lifeboat crew rescue stranded walkers

A lifeboat crew rescued four walkers who were cut off by the tide on a sandbank on Saturday afternoon.

The group had walked out to look at seals at low tide but did not notice the water coming in behind them. A member of the public called the coastguard when she saw them waving from the sandbank. [[The water company said a burst main had left thousands of homes in the city without water since Friday.]] The crew reached them within twenty minutes and brought them back to the harbour.

The lifeboat station reminded visitors to check tide times before walking on the sands.
""",
    """Teenager wins chess title
A sixteen-year-old has become the youngest winner of the national chess championship after a tense final round on Sunday.
She needed only a draw in the last game but played for a win, and her opponent resigned after five hours. [[Prices went up again.]] Her coach said she had studied for six hours a day during the summer holidays.
She will now represent the country at the world youth championship in the autumn.
Her school is holding an assembly in her honour next week.
""",
    """Community fridge cuts food waste

A community fridge set up in a church porch has given away more than four tonnes of food in its first year, its organisers say.

Supermarkets, bakeries and local gardeners leave food that would otherwise be thrown away, and anyone can take what they need without being asked questions. [[Scientists studying the ice sheet found that it had lost more mass over the past ten summers than in the previous fifty years combined, raising fears that sea levels could rise faster than expected.]] Volunteers check the fridge twice a day and throw out anything past its date.

The organisers hope to open a second fridge at the library next year.
""",
    """Cinema reopens after refit
An independent cinema has reopened after a six-month refit that added a second screen and a small cafe.
The owners said the new screen would show older films and documentaries that the big cinemas do not book. Seats in the main screen have been replaced and the sound system has been upgraded. [[The striker scored twice in the second half as the visitors came from behind to win.]] Tickets for the opening weekend sold out within a day.
The cinema will also run morning screenings for parents with babies.
""",
]

if __name__ == "__main__":
    out_of_context_examples.ARTICLES[:] = ARTICLES
    out_of_context_examples.main()
