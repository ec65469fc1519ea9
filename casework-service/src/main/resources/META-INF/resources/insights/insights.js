// Progressive enhancement of the server-rendered outcomes dashboard: draws the domains table as a bar chart
// (Chart.js) and changes period in place by fetching the same page and swapping its results, so there is
// one rendering of the figures, on the server. Signing in is the shared /earlyhelp/signin.js.
(() => {
  let chart;

  if (document.getElementById("signin")) { return; } // /earlyhelp/signin.js signs the page in

  function drawChart() {
    const rows = [...document.querySelectorAll("#domains-table tbody tr")];
    const holder = document.querySelector(".chart");
    if (!rows.length || !holder || typeof Chart === "undefined") { return; }
    holder.hidden = false;
    document.getElementById("domains-details").open = false;
    if (chart) { chart.destroy(); }
    chart = new Chart(document.getElementById("domains"), {
      type: "bar",
      data: {
        labels: rows.map(row => row.querySelector("th").textContent),
        datasets: [{ label: "% of measured families progressing", data: rows.map(row => Number(row.dataset.percent)),
                     backgroundColor: "#1d70b8" }],
      },
      options: { indexAxis: "y", maintainAspectRatio: false, animation: false,
                 scales: { x: { min: 0, max: 100, title: { display: true, text: "%" } } },
                 plugins: { legend: { display: false } } },
    });
  }

  const status = document.getElementById("status");
  const filters = document.getElementById("filters");
  filters?.addEventListener("submit", async event => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(filters)) {
      if (value.trim()) { params.set(name, value.trim()); }
    }
    const url = `/insights?${params}`;
    status.textContent = "Loading";
    const response = await fetch(url, { headers: { Accept: "text/html" } });
    const page = new DOMParser().parseFromString(await response.text(), "text/html");
    document.getElementById("results").replaceWith(page.getElementById("results"));
    document.getElementById("csv").href = page.getElementById("csv")?.getAttribute("href") ?? "";
    status.textContent = page.getElementById("status").textContent;
    history.replaceState(null, "", url);
    drawChart();
  });
  drawChart();
})();
