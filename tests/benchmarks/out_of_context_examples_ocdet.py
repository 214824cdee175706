"""Ten more articles written for the project (issue 11, helper ocdet), each
with one sentence of another story inside a paragraph (marked [[ ]]),
phrased unlike the benchmark's BBC sentences and unlike
out_of_context_examples.py's: advertising copy, a reader's first person, a
question, another story's quotation, a recipe's step, a science result,
both layouts (four articles have no blank line between paragraphs).

    python tests/benchmarks/out_of_context_examples_ocdet.py [--table path.npz] [--threshold 1.46]
"""
from __future__ import annotations

import out_of_context_examples

ARTICLES = [
    """Library extends opening hours for exam season

The central library will stay open until ten in the evening on weekdays during May and June so that students have somewhere quiet to revise.

Librarians said the study rooms had been full by nine every morning last year, with queues on the stairs. [[Order before midnight and get free next-day delivery on all garden furniture.]] Extra desks and power sockets have been put in on the second floor.

The longer hours are paid for by a grant from a local charity and will be reviewed in the autumn.

Students will need their library card to enter the building after six o'clock, when the front desk closes.
""",
    """Volcano on remote island erupts again
Scientists monitoring a volcano on a remote island in the Pacific say it erupted on Tuesday for the second time this month, sending ash several kilometres into the sky.
Aircraft have been told to avoid the area, and the few families living on the island's northern coast have been moved to the capital by boat. [[I tried the new pasta place on the corner last night and honestly the portions were tiny.]] Ash has already fallen on crops and water tanks in nearby villages.
Volcanologists said the mountain could remain active for weeks, but that a larger eruption was unlikely.
The island's last major eruption, in 1952, buried two villages under ash and forced hundreds of people to leave for good.
""",
    """Town approves new cycle lanes

Councillors have approved plans for three kilometres of protected cycle lanes through the town centre, to be built over the next two years.

Cycling groups welcomed the decision, saying the busy main road was too dangerous for children riding to school. Shopkeepers were divided: some fear losing parking spaces outside their doors. [[Will the central bank raise interest rates again before the end of the year?]] Work on the first section, between the station and the market square, is due to start in September.

A public meeting on the design of the junctions will be held next month.
""",
    """Rare bird spotted on the estuary

Birdwatchers have travelled from across the country after a rare wading bird was seen feeding on the estuary mud at low tide.

The bird, normally found in Siberia, is thought to have been blown off course by strong easterly winds. "It is the first record here for more than forty years," said the warden of the nature reserve. [["We left everything on the pitch tonight and the lads deserved the three points," the manager said.]] Visitors have been asked to keep to the footpaths and not to disturb the bird.

The reserve's car park has been full since dawn every day this week.
""",
    """Police investigate break-ins at allotments
Police are investigating a series of break-ins at allotments on the edge of the town, where sheds have been forced open and tools stolen.
Plot holders said lawnmowers, strimmers and even seed trays had been taken over three weekends. [[Whisk the eggs and sugar until pale, then fold in the flour a spoonful at a time.]] Officers have increased patrols in the area at night.
Anyone with information has been asked to call the police and quote the crime number given on the force's website.
The allotment society said it would fit new locks and motion lights on the gates before the spring planting begins.
""",
    """Swimming pool closes for repairs

The town's only public swimming pool will close for six months from January while its roof and changing rooms are repaired.

The leisure centre said cracks had been found in the roof beams during a routine inspection in the summer. Swimming clubs and schools will use a pool in the next town during the closure, with a free bus laid on for pupils. [[Researchers found that the drug reduced the risk of a second heart attack by nearly a third in older patients.]] The gym and sports hall will stay open as normal.

The council said the repairs would cost about one and a half million pounds.
""",
    """Ferry company adds winter sailings
A ferry company has added extra winter sailings between the mainland and the islands after complaints that residents were stranded when boats were cancelled.
Two more crossings a day will run from November to March, the company said, using a second vessel that had been kept for summer tourists. Islanders said they had missed hospital appointments and funerals last winter. [[The singer's fourth album went straight to the top of the charts, selling more copies in a week than her last two together.]] The company will also let passengers book by phone rather than only online.
The island council called the change a good start.
""",
    """Market traders fight rent rise

Traders at the covered market say a planned rise in stall rents will force many of them out of business.

The market's owners want to raise rents by a quarter from the spring, saying the building needs a new roof and better heating. Traders have started a petition, which has more than three thousand names. [[Stream every episode of the hit drama now, with your first month free.]] A fishmonger who has worked at the market for thirty years said he would have to close if the rise went ahead.

The owners said they would meet the traders' association before making a final decision.
""",
    """Students build weather station on school roof
Pupils at a secondary school have built a weather station on the roof that sends readings of temperature, rain and wind speed to a website every five minutes.
The project began in the science club and took a year to finish, with help from a local engineering firm. [[The defender has been ruled out for the rest of the season with a knee injury picked up in training.]] Other schools in the county can now use the readings in their own lessons.
The pupils hope to add a sensor that measures air pollution next year.
Their teacher said the readings had already shown the roof was two degrees warmer than the playing field on sunny days.
""",
    """Dog rescued from cliff ledge

A dog that fell onto a cliff ledge while chasing a rabbit has been rescued by coastguards after spending a night in the cold.

The owner raised the alarm on Saturday evening when the spaniel did not come back during a walk along the coast path. A coastguard team was lowered down the cliff at first light and brought the dog back up in a harness. [[Voters in the capital will choose a new mayor in May after the current mayor said she would not stand again.]] The dog was cold and hungry but otherwise unhurt, its owner said.

Coastguards reminded walkers to keep dogs on a lead near cliff edges.
""",
]

if __name__ == "__main__":
    out_of_context_examples.ARTICLES[:] = ARTICLES
    out_of_context_examples.main()
