import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GeheugenWerkboek } from "../../src/preview/geheugenWerkboek";
import { PreviewApp } from "../../src/preview/PreviewApp";
import { Raster } from "../../src/preview/Raster";
import { prognoseBlad, voorbeeldBlad } from "./hulp";

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
});
