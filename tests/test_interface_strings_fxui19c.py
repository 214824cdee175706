"""UI furniture of site types a trial of local TV, newsletter, podcast,
forum and blog pages found missed, generalised to its class in the
languages such pages are written in, with the clean text nearest to it.
Every case in both layouts (a blank line between blocks, and none).  Text
written for the project.

- a newsletter's e-mail furniture: the edition line under its name, the
  prompt to a reader it was forwarded to, the footer saying why it came
  (with its unsubscribe links), a Substack post's subscribe box;
- a podcast page's player controls, the notice over a machine transcript,
  the show's appeal for patrons (an editor's "edited for clarity" note over
  a transcript is the newsroom's note, as the catalogue has it in English:
  the same note in French, German, Spanish and Dutch now too);
- a forum's reply header and buttons, its log-in prompt, a poster's details;
- a blog's "Posted by …" byline with its reading time;
- a teaser for another piece with its link gone ("Read our interview with
  … here"), a club's promotion ("… – don't miss out!"), a Dutch menu with
  its "112" section;
- clean: sentences that report a newsletter, a podcast's funding, a forum
  member or a post.
"""
import pytest

from lint_support import LAYOUTS
from newslint.api import Linter

BODIES = {
 "en": ["Library reopens after a two-year restoration",
        "The town's Victorian library reopened on Saturday after a two-year restoration that repaired its leaking dome and rebuilt the reading room.",
        "Volunteers carried about 40,000 books back onto the shelves over three weekends, working from a plan drawn up by the head librarian.",
        "The council said visitor numbers in the first week were twice what it had expected, and the children's corner was full every afternoon."],
 "fr": ["La bibliothèque rouvre après deux ans de travaux",
        "La bibliothèque de la ville a rouvert samedi après deux ans de travaux qui ont permis de réparer la coupole et de refaire la salle de lecture.",
        "Des bénévoles ont remis environ 40 000 livres sur les rayons en trois week-ends, selon un plan établi par la bibliothécaire.",
        "La mairie indique que la fréquentation de la première semaine a été deux fois supérieure à ses prévisions."],
 "de": ["Stadtbibliothek öffnet nach zwei Jahren Sanierung",
        "Die Stadtbibliothek hat am Samstag nach einer zweijährigen Sanierung wieder geöffnet, bei der die Kuppel repariert und der Lesesaal erneuert wurde.",
        "Freiwillige räumten an drei Wochenenden rund 40.000 Bücher zurück in die Regale, nach einem Plan der Leiterin.",
        "Die Stadt teilte mit, in der ersten Woche seien doppelt so viele Besucher gekommen wie erwartet."],
 "es": ["La biblioteca reabre tras dos años de obras",
        "La biblioteca municipal reabrió el sábado tras dos años de obras en las que se reparó la cúpula y se renovó la sala de lectura.",
        "Voluntarios devolvieron unos 40.000 libros a las estanterías durante tres fines de semana, según un plan de la directora.",
        "El ayuntamiento dijo que las visitas de la primera semana duplicaron lo previsto."],
 "nl": ["Bibliotheek gaat weer open na twee jaar verbouwing",
        "De bibliotheek in het centrum is zaterdag weer opengegaan na een verbouwing van twee jaar waarbij de koepel is hersteld.",
        "Vrijwilligers zetten in drie weekenden ongeveer 40.000 boeken terug in de kasten, volgens een plan van de bibliothecaris.",
        "De gemeente zegt dat er in de eerste week twee keer zoveel bezoekers kwamen als verwacht."],
}

END = None  # the furniture after the article's last paragraph


def findings_by_block(language, line, place, separator):
    """Index in the article -> codes and messages of its findings (all families)."""
    body = BODIES[language]
    place = len(body) if place is END else place
    lines = body[:place] + [line] + body[place:]
    step = separator.count("\n")
    found = {}
    for d in Linter().lint_text(separator.join(lines) + "\n"):
        found.setdefault((d.line - 1) // step, []).append(f"{d.code} {d.message}")
    return place, found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language", BODIES)
def test_bodies_are_clean(language, separator):
    body = BODIES[language]
    assert list(Linter().lint_text(separator.join(body) + "\n")) == []


FURNITURE = [
    # A newsletter's e-mail furniture.
    ("en", 0, "**THE EVENING BRIEF** — Friday edition"),
    ("en", 0, "THE WEEKEND DISPATCH — Saturday edition"),
    ("en", END, "Forwarded this email? Subscribe here."),
    ("en", END, "Was this newsletter forwarded to you? Sign up here."),
    ("en", END, "Did someone forward you this email? Get your own copy here"),
    ("en", END, "You are receiving this because you signed up at ledger.example. Unsubscribe | Manage preferences"),
    ("en", END, "You're receiving this email because you subscribed to the Daily Brief newsletter."),
    ("en", END, "Thanks for reading! Subscribe for free to receive new posts and support my work."),
    ("en", 3, "Thanks for reading The Village Post! Subscribe for free to receive new posts and support my work."),
    ("fr", END, "Vous avez reçu cette lettre d'un ami ? Inscrivez-vous ici."),
    ("fr", END, "Vous recevez cet e-mail car vous êtes inscrit à la lettre du matin. Se désabonner"),
    ("de", END, "Wurde Ihnen dieser Newsletter weitergeleitet? Hier anmelden."),
    ("de", END, "Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben. Abmelden"),
    ("es", END, "¿Te reenviaron este correo? Suscríbete aquí."),
    ("es", END, "Recibes este correo porque te suscribiste a nuestro boletín. Darse de baja"),
    # A podcast page's furniture.
    ("en", 1, "▶ Play  ⏪ 15  ⏩ 30  1x  Download"),
    ("en", 1, "0:00 / 42:17"),
    ("en", 1, "1x 1.5x 2x"),
    ("en", 2, "Transcript generated automatically. May contain errors."),
    ("en", 2, "This transcript was generated automatically and may contain errors."),
    ("en", END, "*Support the show: become a patron for $5 a month and get ad-free episodes.*"),
    ("en", END, "Support the show on Patreon"),
    ("en", 1, "*This transcript has been lightly edited for clarity.*"),
    ("fr", 2, "Transcription générée automatiquement, elle peut contenir des erreurs."),
    ("fr", END, "Soutenez le podcast sur Patreon"),
    ("de", 2, "Automatisch erstelltes Transkript. Es kann Fehler enthalten."),
    ("de", END, "Unterstütze den Podcast auf Patreon"),
    ("es", END, "Apoya el programa en Patreon"),
    # A forum thread's furniture.
    ("en", 2, "Re: Parking permit leak — Quote"),
    ("en", 2, "Quote | Reply | Report"),
    ("en", END, "Logged in as guest. Login or register to reply."),
    ("en", END, "You must be logged in to reply to this topic."),
    ("en", 2, "Joined: March 2019 · Posts: 1,204"),
    ("fr", END, "Connectez-vous pour répondre"),
    ("de", END, "Anmelden, um zu antworten"),
    ("es", END, "Inicia sesión para responder"),
    # A blog's byline with the platform's verb and a reading time.
    ("en", 1, "*Posted by Theo Marsh · 6 min read*"),
    ("en", 1, "Written by Ada Lowe | 4 min read"),
    ("fr", 1, "Publié par Claire Morel · 5 min de lecture"),
    # A teaser for another piece with its link gone.
    ("en", END, "Read our interview with Ines Varga here"),
    ("en", END, "Read our full interview with Tom Hale"),
    ("en", 3, "Read the Q&A with Amara Osei here"),
    ("fr", END, "Lisez notre entretien avec Claire Morel"),
    ("de", END, "Lesen Sie unser Interview mit Jonas Brandt hier"),
    ("es", END, "Lee nuestra entrevista con Ana Ruiz aquí"),
    ("nl", END, "Lees ons interview met Jan Verhoef"),
    # A site's promotion of what it sells, its call after a dash.
    ("en", 3, "Season ticket renewals close Friday – don't miss out!"),
    ("en", 3, "Early-bird tickets for the summer fair are on sale – book now"),
    ("fr", 3, "Abonnements 2026-2027 en vente jusqu'à vendredi – ne les manquez pas !"),
    ("de", 3, "Dauerkarten für die neue Saison sind da – jetzt sichern!"),
    ("es", 3, "Los abonos para la nueva temporada ya están a la venta – ¡no te lo pierdas!"),
    # The editor's note over an interview or a transcript, as in English.
    ("fr", 1, "L'entretien a été légèrement condensé et édité."),
    ("de", 1, "Das Interview wurde aus Gründen der Verständlichkeit gekürzt und redigiert."),
    ("de", 1, "Das Gespräch wurde gekürzt und leicht bearbeitet."),
    ("es", 1, "Esta conversación fue editada y condensada para mayor claridad."),
    ("nl", 1, "Dit interview is ingekort en geredigeerd voor de leesbaarheid."),
    # A Dutch regional site's menu, its emergency-news section "112" among them.
    ("nl", 0, "Nieuws Regio Sport Cultuur 112"),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language, place, line", FURNITURE)
def test_furniture_is_found_and_the_article_is_not(language, place, line, separator):
    place, found = findings_by_block(language, line, place, separator)
    assert place in found, found
    assert all(finding.startswith("UI") for finding in found[place]), found
    assert not set(found) - {place}, found


CLEAN = [
    ("en", 2, "More than 40,000 people have subscribed to the newsletter since it launched, and readers who forwarded the email to friends were entered into a prize draw."),
    ("en", 2, "Residents said they were receiving the letters because the council had mixed up two databases."),
    ("en", END, '"Thanks for reading," she told the audience, closing the book.'),
    ("en", 2, "The podcast is funded by listeners on Patreon, where about 2,000 people pay $5 a month."),
    ("en", 2, "She joined the forum in March 2019 and has written more than 1,200 posts about parking."),
    ("en", 2, "The video, posted by a neighbour on Sunday, shows water pouring through the old dome."),
    ("en", 2, "Anyone can read the thread, but visitors must log in to reply, the forum's moderator said."),
    ("fr", 2, "Les lecteurs qui ont transféré la lettre à un ami ont reçu un marque-page de la bibliothèque."),
    ("de", 2, "Der Podcast der Bibliothek wird von Hörerinnen und Hörern über Patreon finanziert."),
    ("es", 2, "El boletín de la biblioteca, que reciben 3.000 vecinos, anunció la reapertura una semana antes."),
    ("en", 2, "The library's director said she had read the interview with Tom Hale twice before deciding to reopen the dome."),
    ("en", 2, '"Don\'t miss out," the head librarian told families, pointing to the children\'s corner.'),
    ("en", 2, "Tickets for the opening night sold out in an hour – don't miss out next year, organisers said."),
    ("en", END, "Read more about the restoration in the council's report, published on its website."),
    ("nl", 1, "Nieuws uit de regio: 112 meldingen over wateroverlast."),
    ("de", 2, "Das Gesetz wurde im Ausschuss gekürzt und bearbeitet, bevor der Landtag zustimmte."),
    ("es", 2, "La entrevista fue editada por la cadena antes de emitirse, denunció el alcalde."),
    ("fr", 2, "L'entretien a été raccourci par la chaîne, a regretté la bibliothécaire."),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language, place, line", CLEAN)
def test_nearest_clean_text_stays_clean(language, place, line, separator):
    place, found = findings_by_block(language, line, place, separator)
    assert found == {}, found
