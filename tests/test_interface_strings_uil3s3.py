"""UI rules on structured but clean articles (a recipe, a how-to, a match
report with its line-ups, a Q&A, a poem quoted in a review) stay clean in
both layouts; the verdict's interface-vocabulary evidence, the whole
sentences above the body it leaves alone, and a text's closing sentence.
Text written for the project."""
import pytest

from newslint import Document, Linter
from newslint.rules.interface_strings.layout import SHIPPED_OPTIONS, analysis
from newslint.rules.interface_strings.verdict import _interface_share, judged, model
from lint_support import LAYOUTS

RECIPE = [
    "Spiced lentil soup",
    "A warming bowl for cold evenings, ready in forty minutes.",
    "Ingredients",
    "250g red lentils",
    "1 onion, chopped",
    "2 carrots, grated",
    "1 tsp ground cumin",
    "1 tsp smoked paprika",
    "1.2 litres vegetable stock",
    "Juice of half a lemon",
    "Fresh coriander to serve",
    "Method",
    "Fry the onion gently in a little oil until soft, then add the carrots, cumin and paprika and cook for two minutes.",
    "Rinse the lentils, tip them into the pan with the stock and bring everything to the boil.",
    "Simmer for twenty-five minutes, stirring from time to time, until the lentils have collapsed.",
    "Blend half of the soup, stir it back in and season with salt, pepper and the lemon juice.",
    "Serve in warm bowls scattered with chopped coriander and a spoonful of yoghurt if you like.",
]

ROAST = [
    "Lemon and thyme roast chicken",
    "A simple Sunday roast that feeds four with very little washing up.",
    "Ingredients",
    "1 whole chicken, about 1.6kg",
    "2 lemons, halved",
    "A small bunch of thyme",
    "4 cloves of garlic, crushed",
    "2 tbsp olive oil",
    "Salt and black pepper",
    "Method",
    "Heat the oven to 200C and take the chicken out of the fridge half an hour before you cook it.",
    "Push the lemon halves and most of the thyme into the cavity, then rub the skin all over with the garlic and oil.",
    "Season well with salt and pepper and set the bird in a roasting tin, breast side up.",
    "Roast for an hour and twenty minutes, basting twice, until the juices run clear when you pierce the thigh.",
    "Rest the chicken under loose foil for fifteen minutes before you carve it and serve with the pan juices.",
]

STEW = [
    "Slow-cooked beef and ale stew",
    "This rich winter stew is best made a day ahead, when the flavours have had time to settle.",
    "Serves 6. Preparation 20 minutes, cooking 3 hours.",
    "Ingredients",
    "- 1.2kg braising beef, cut into large chunks",
    "- 3 tbsp plain flour",
    "- 2 onions, sliced",
    "- 3 carrots, thickly sliced",
    "- 2 celery sticks, chopped",
    "- 500ml brown ale",
    "- 400ml beef stock",
    "- 2 bay leaves",
    "- A few sprigs of rosemary",
    "- 1 tbsp tomato purée",
    "Method",
    "1. Toss the beef in the flour with plenty of seasoning, then brown it in batches in a large casserole with a little oil.",
    "2. Lift out the meat, soften the onions, carrots and celery in the same pan for ten minutes, stirring now and then.",
    "3. Stir in the tomato purée, pour in the ale and stock, and scrape up everything stuck to the bottom of the pan.",
    "4. Return the beef with the bay leaves and rosemary, cover and cook in a low oven at 150C for three hours.",
    "5. Check the seasoning and serve with mashed potatoes or thick slices of bread to mop up the gravy.",
]

HOW_TO = [
    "How to bleed a radiator",
    "If your radiators are cold at the top and warm at the bottom, air is trapped inside and the heating is working harder than it needs to.",
    "You will need",
    "A radiator key",
    "An old towel",
    "A small bowl",
    "Step 1",
    "Turn the heating off and wait until the radiators are cool enough to touch safely.",
    "Step 2",
    "Fit the key to the valve at the top corner of the radiator and hold the towel and bowl underneath it.",
    "Step 3",
    "Turn the key a quarter turn anticlockwise until you hear a hiss of air, and close it as soon as water appears.",
    "Step 4",
    "Check the pressure gauge on the boiler and top it up if it has dropped below one bar.",
    "Most homes only need their radiators bled once a year, usually in the autumn before the cold weather arrives.",
]

MATCH_REPORT = [
    "Harbour Town 2-1 Millbrook Rovers",
    "Harbour Town came from behind to beat Millbrook Rovers and climb to third in the table on Saturday afternoon.",
    "Millbrook took the lead after twelve minutes when Dan Okafor headed in a corner at the near post.",
    "The home side equalised before the break through Sam Reyes, who curled a free kick over the wall from twenty yards.",
    "Substitute Leo Marsh won it with nine minutes left, turning in a low cross from the right at the far post.",
    "Millbrook manager Karen Doyle said her side had deserved a point after dominating the first half.",
    "Harbour Town: Pike; Adams, Hughes, Carter, Blake; Reyes, Osei, Grant; Walsh, Moore, Fenn.",
    "Subs: Marsh, Kirby, Lund.",
    "Millbrook Rovers: Hale; Frost, Okafor, Price, Dunn; Shaw, Wood, Nash; Evans, Bell, Cole.",
    "Subs: Young, Stone, Lamb.",
    "Referee: Martin Quayle",
    "Attendance: 4,312",
]

QUESTIONS = [
    "Ten questions for the new head of the city library",
    "Priya Nair took over the central library in March after twelve years running branch libraries across the county.",
    "What surprised you most in your first month?",
    "How many people come in just to get warm or use the toilets, and how much the staff do for them without anyone noticing.",
    "Will any branches close?",
    "No branch will close this year, and I have told the council that closing one would cost more than it saves.",
    "What are people borrowing?",
    "Cookery books and audiobooks have overtaken crime fiction, which I did not expect at all.",
    "What is the one thing you would change?",
    "I would open on Sunday afternoons, because that is when families have the time to come in together.",
]

POEM_REVIEW = [
    "A quiet collection that rewards slow reading",
    "Review: The Salt Road, by Mara Quinn",
    "Mara Quinn's third collection is about the coast where she grew up, and about leaving it.",
    "The best poems are the shortest, and the title poem shows what she can do in a few lines:",
    "The tide comes in the way my mother spoke,",
    "not loudly, but it reaches everything,",
    "the harbour wall, the nets, the things we broke,",
    "and leaves them smoother for the reckoning.",
    "The rhyme is so light that you barely notice it until the last line closes the stanza like a door.",
    "Not every poem works, and a long sequence about a shipwreck in the middle of the book drags badly.",
    "But the collection is worth buying for its final twenty pages, which are as good as anything published this year.",
    "The Salt Road is published by Harrow Press at twelve pounds.",
]

TIMELINE = [
    "Tram line extension approved after public inquiry",
    "The transport authority has approved a four-kilometre extension of the tram line to the new hospital campus.",
    "Construction is expected to begin next spring and take about two and a half years to finish.",
    "Residents along the route raised concerns about noise and parking during the inquiry last autumn.",
    "The authority said it would fund sound barriers and a new car park near the terminus.",
    "Timeline:",
    "2019: first proposal",
    "2022: funding agreed",
    "2024: public inquiry",
    "2025: approval",
]

CLEAN = {
    "recipe": RECIPE,
    "timeline under its heading after the body": TIMELINE,
    "recipe without list markers": ROAST,
    "recipe with bulleted ingredients": STEW,
    "how-to with steps": HOW_TO,
    "match report with line-ups": MATCH_REPORT,
    "Q&A": QUESTIONS,
    "poem quoted in a review": POEM_REVIEW,
}


def lint(lines, layout):
    separator = LAYOUTS[layout]
    step = separator.count("\n")
    return {1 + (d.line - 1) // step: f"{d.code} {d.message}" for d in Linter(select=["UI"]).lint_text(separator.join(lines) + "\n")}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("name", CLEAN)
def test_structured_articles_stay_clean(name, layout):
    assert lint(CLEAN[name], layout) == {}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_recipes_head_is_the_article(layout):
    """The title, the intro, "Ingredients" and the ingredients stand more
    than the head's usual eight lines above the method; the head goes on up
    while its lines speak of the method's ingredients."""
    found = analysis(Document(LAYOUTS[layout].join(RECIPE) + "\n"), SHIPPED_OPTIONS)
    assert found.first == RECIPE.index("Method") + 1
    assert found.top <= 1
    assert all(found.article_lines[index] for index in range(2, RECIPE.index("Method")))


MENU = ["Home", "News", "Sport", "Weather", "Food and drink"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_menu_above_a_recipe_is_still_flagged(layout):
    """The menu is flagged; the recipe's intro, heading and ingredients
    stay the article's.  (Its title, short and right under the menu, is
    taken by UI107 for the menu's last item: not judged here.)"""
    found = lint(MENU + RECIPE, layout)
    assert set(range(1, len(MENU) + 1)) <= set(found)
    assert all(number <= len(MENU) + 1 for number in found)


ARTICLE = [
    "Ferry operator adds a night crossing",
    "The island ferry will run a late crossing on Fridays and Saturdays from next month, the operator said on Tuesday.",
    "The new sailing leaves the mainland at eleven at night and is meant for islanders working late shifts in town.",
    "Fares will be the same as on the day crossings, and cars can be booked on the night sailing from Monday.",
    "The operator said it would review the timetable in the autumn once it had seen how many people used the service.",
]


def test_interface_words_count_for_furniture_in_the_fitted_table():
    """A line written in the words of interface strings ("Readers' comments
    are checked by our moderators ...") scores higher than the same line in
    an article's words: the fitted table weighs the evidence that way."""
    fitted = model()
    index = fitted.names.index("interface_words")
    row = list(fitted.means)
    row[index] = 0.0
    plain = fitted.score(row)
    row[index] = 0.5
    assert fitted.score(row) > plain


def test_interface_share_counts_the_catalogues_words():
    assert _interface_share("Please read our Terms and Conditions and Privacy Statement".split(), "en") >= 0.4
    assert _interface_share("The minister visited the harbour on Monday".split(), "en") == 0.0


@pytest.mark.parametrize("layout", LAYOUTS)
def test_whole_sentences_above_the_body_are_not_judged(layout):
    """Sentences above the body (one a line, as translated news is laid
    out) are the article's own as often as a blurb: the model leaves them."""
    lines = [
        "The council met on Monday evening.",
        "Several residents spoke against the plan.",
        "",
        "",
    ] + ARTICLE[1:]
    found = analysis(Document(LAYOUTS[layout].join(lines) + "\n"), SHIPPED_OPTIONS)
    assert found.first >= 2
    assert not judged(found, 0) and not judged(found, 1)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_short_closing_sentence_stays_clean(layout):
    """A text's last line, a whole sentence after the body with nothing
    flagged between (a cup draw's "Ties to be played on 19 February."), is
    the article's."""
    lines = ARTICLE + ["Tickets go on sale at the harbour office."]
    assert lint(lines, layout) == {}
