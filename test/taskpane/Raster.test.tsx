import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GeheugenWerkboek } from "../../src/preview/geheugenWerkboek";
import { PreviewApp } from "../../src/preview/PreviewApp";
import { Raster } from "../../src/preview/Raster";
import { controleer, openTab, prognoseBlad, voorbeeldBlad } from "./hulp";

function renderRaster(werkboek: GeheugenWerkboek) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <Raster werkboek={werkboek} />
    </FluentProvider>,
  );
}

describe("Raster van het voorbeeld", () => {
  it("toont kolomletters, rijnummers en waarden van het actieve blad", () => {
    renderRaster(new GeheugenWerkboek([voorbeeldBlad(), prognoseBlad()]));
    const raster = screen.getByRole("grid", { name: "Werkblad Test (alleen lezen)" });
    expect(
      within(raster)
        .getAllByRole("columnheader")
        .map((c) => c.textContent),
    ).toEqual(["", ..."ABCDEFGHI".split("")]);
    expect(
      within(raster)
        .getAllByRole("rowheader")
        .map((c) => c.textContent),
    ).toEqual(["1", "2", "3", "4", "5"]);
    expect(raster.querySelector('[data-adres="A2"]')).toHaveTextContent("Leusden");
    expect(raster.querySelector('[data-adres="H2"]')).toHaveTextContent("45");
  });

  it("markeert de geselecteerde cel met aria-selected en volgt een nieuwe selectie", async () => {
    const werkboek = new GeheugenWerkboek([voorbeeldBlad()]);
    renderRaster(werkboek);
    expect(screen.getByRole("gridcell", { selected: true })).toHaveAttribute("data-adres", "A1");
    await act(() => werkboek.selecteerCel("Test", "F5"));
    const gekozen = screen.getAllByRole("gridcell", { selected: true });
    expect(gekozen.map((c) => c.getAttribute("data-adres"))).toEqual(["F5"]);
    expect(gekozen[0]).toHaveTextContent("abc");
    expect(screen.getByText("Geselecteerde cel: Test!F5")).toBeInTheDocument();
  });

  it("wisselt van blad met de bladtabs", async () => {
    const user = userEvent.setup();
    renderRaster(new GeheugenWerkboek([voorbeeldBlad(), prognoseBlad()]));
    await user.click(screen.getByRole("tab", { name: "Tussenstand" }));
    const raster = screen.getByRole("grid", { name: "Werkblad Tussenstand (alleen lezen)" });
    expect(raster.querySelector('[data-adres="F2"]')).toHaveTextContent("33");
  });

  it("toont naast het raster hetzelfde taakvenster, met de melding dat het een voorbeeld is", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <PreviewApp werkboek={new GeheugenWerkboek([voorbeeldBlad()])} vandaag="2022-11-22" />
      </FluentProvider>,
    );
    expect(screen.getByText(/De cijfers zijn verzonnen, behalve die van Leusden\./)).toBeInTheDocument();
    expect(screen.getByRole("main", { name: "IBT Huisvesting" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Controleer blad" })).toBeInTheDocument();
    expect(screen.getByRole("grid")).toBeInTheDocument();
  });

  describe("na een schrijfactie", () => {
    let gescrold: Element[];
    beforeEach(() => {
      gescrold = [];
      Element.prototype.scrollIntoView = jest.fn(function (this: Element) {
        gescrold.push(this);
      });
    });
    afterEach(() => {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    });

    function renderPreview(werkboek: GeheugenWerkboek) {
      const user = userEvent.setup();
      render(
        <FluentProvider theme={webLightTheme}>
          <PreviewApp werkboek={werkboek} vandaag="2022-11-22" />
        </FluentProvider>,
      );
      return user;
    }

    it("schuift het raster naar de nieuwe kolommen na Schrijf resultaten", async () => {
      const user = renderPreview(new GeheugenWerkboek([voorbeeldBlad()]));
      await controleer(user);
      await openTab(user, "Terugschrijven");
      await user.click(screen.getByRole("button", { name: "Schrijf resultaten" }));
      gescrold = [];
      await user.click(screen.getByRole("button", { name: "Schrijven" }));
      await screen.findByText(/^[\d.]+ cellen geschreven\.$/);
      const raster = screen.getByRole("grid", { name: "Werkblad Test (alleen lezen)" });
      const koppen = within(raster).getAllByRole("columnheader");
      // Columns A-I were there; J is the first new one and ends in view (scrolled to last).
      expect(koppen[10]).toHaveTextContent("J");
      expect(gescrold).toContain(koppen[10]);
      expect(gescrold.at(-1)).toBe(koppen[10]);
      expect(gescrold).toContain(koppen.at(-1));
    });

    it("toont een nieuw werkblad als actieve bladtab en schuift het raster in beeld", async () => {
      const user = renderPreview(new GeheugenWerkboek([voorbeeldBlad()]));
      await controleer(user);
      await openTab(user, "Vergelijken");
      gescrold = [];
      await user.click(screen.getByRole("button", { name: "Naar werkblad" }));
      await screen.findByRole("group", { name: /^Gelukt/ });
      const tabs = screen.getByRole("tablist", { name: "Werkbladen" });
      const nieuw = within(tabs).getByRole("tab", { selected: true });
      expect(nieuw).not.toHaveTextContent("Test");
      const raster = screen.getByRole("grid", { name: `Werkblad ${nieuw.textContent} (alleen lezen)` });
      // The scrollable area around the grid is what was brought into view.
      expect(gescrold).toContain(raster.parentElement);
    });
  });
});
